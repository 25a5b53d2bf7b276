--TEST--
interfaces, multiple interfaces, instanceof, interface inheritance
--FILE--
<?php
interface A { function a(); }
interface B extends A { function b(); }
interface C { function c(); }
class X implements B, C {
    function a() { return "a"; } function b() { return "b"; } function c() { return "c"; }
}
$x = new X;
echo $x->a(), $x->b(), $x->c(), "\n";
var_dump($x instanceof A, $x instanceof B, $x instanceof C, $x instanceof Stringable);
print_r(class_implements($x));
var_dump(interface_exists("B"), class_exists("B"), is_subclass_of($x, "A"));
--EXPECT--
abc
bool(true)
bool(true)
bool(true)
bool(false)
Array
(
    [B] => B
    [C] => C
    [A] => A
)
bool(true)
bool(false)
bool(true)
