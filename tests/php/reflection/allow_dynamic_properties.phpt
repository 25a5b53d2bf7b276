--TEST--
#[AllowDynamicProperties] silences the dynamic-property deprecation, inherited by subclasses
--INI--
error_reporting=32767
--FILE--
<?php
#[AllowDynamicProperties]
class A {}
class B extends A {}
class C {}
$a = new A; $a->x = 1;
$b = new B; $b->y = 2;
$c = new C; $c->z = 3;
var_dump($a, $b, $c);
--EXPECTF--
Deprecated: Creation of dynamic property C::$z is deprecated in %s/tests/php/reflection/allow_dynamic_properties.php on line 8
object(A)#1 (1) {
  ["x"]=>
  int(1)
}
object(B)#2 (1) {
  ["y"]=>
  int(2)
}
object(C)#3 (1) {
  ["z"]=>
  int(3)
}
