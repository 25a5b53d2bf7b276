--TEST--
$$name with name "this" reads $this inside methods and closures
--FILE--
<?php
class T {
    public $v = 7;
    function m() {
        $name = "this";
        $fn = fn() => $$name;
        var_dump($fn()->v);
        var_dump($$name === $this);
        $g = function () use ($name) { return $$name->v; };
        var_dump($g());
    }
}
(new T)->m();
$name = "this";
var_dump(isset($$name));
--EXPECT--
int(7)
bool(true)
int(7)
bool(false)
