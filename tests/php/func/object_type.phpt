--TEST--
the object type accepts objects only (parameters, returns, properties, unions)
--FILE--
<?php
class A { public object $p; public ?object $q = null; }
function a(object $o) { return get_class($o); }
function b($v): object { return $v; }
function c(object|int $v) { return gettype($v); }
function d(): object|callable { return 1; }
foreach ([new A, 12, "str", [1], null] as $v) {
    try { echo a($v), "\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { echo get_class(b($v)), "\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { echo c($v), "\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { $x = new A; $x->p = $v; echo "assigned\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
try { d(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
A
A
object
assigned
a(): Argument #1 ($o) must be of type object, int given, called in %s/tests/php/func/object_type.php on line 8
b(): Return value must be of type object, int returned
integer
Cannot assign int to property A::$p of type object
a(): Argument #1 ($o) must be of type object, string given, called in %s/tests/php/func/object_type.php on line 8
b(): Return value must be of type object, string returned
c(): Argument #1 ($v) must be of type object|int, string given, called in %s/tests/php/func/object_type.php on line 10
Cannot assign string to property A::$p of type object
a(): Argument #1 ($o) must be of type object, array given, called in %s/tests/php/func/object_type.php on line 8
b(): Return value must be of type object, array returned
c(): Argument #1 ($v) must be of type object|int, array given, called in %s/tests/php/func/object_type.php on line 10
Cannot assign array to property A::$p of type object
a(): Argument #1 ($o) must be of type object, null given, called in %s/tests/php/func/object_type.php on line 8
b(): Return value must be of type object, null returned
c(): Argument #1 ($v) must be of type object|int, null given, called in %s/tests/php/func/object_type.php on line 10
Cannot assign null to property A::$p of type object
d(): Return value must be of type callable|object, int returned
