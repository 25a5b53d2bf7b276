--TEST--
$$n = v with $n = "this" throws "Cannot re-assign $this" (no variable named this is made)
--FILE--
<?php
function f() {
    $a = "this";
    var_dump(isset($$a));
    try {
        $$a = 0;
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        $$a .= "x";
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
    var_dump(array_keys(get_defined_vars()));
}
f();
class C {
    function m() {
        $n = "this";
        var_dump($$n === $this);
        try {
            $$n = 1;
        } catch (Error $e) {
            echo $e->getMessage(), "\n";
        }
    }
}
(new C)->m();
--EXPECT--
bool(false)
Cannot re-assign $this
Cannot re-assign $this
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "e"
}
bool(true)
Cannot re-assign $this
