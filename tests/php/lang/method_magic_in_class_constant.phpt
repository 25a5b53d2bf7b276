--TEST--
__METHOD__ directly inside a class (a constant's value) is empty, even for a class declared in a function; __FUNCTION__ there is the function's name
--FILE--
<?php
class Foo { const X = __METHOD__; function m() { return [__METHOD__, (fn() => __METHOD__)()]; } }
function foo() {
    class Bar { const X = __METHOD__; const Y = __FUNCTION__; }
    return __METHOD__;
}
var_dump(foo(), Foo::X, Bar::X, Bar::Y, (new Foo)->m(), (function() { return __METHOD__; })());
--EXPECT--
string(3) "foo"
string(0) ""
string(0) ""
string(3) "foo"
array(2) {
  [0]=>
  string(6) "Foo::m"
  [1]=>
  string(9) "{closure}"
}
string(9) "{closure}"
