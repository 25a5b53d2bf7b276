--TEST--
Object return values checked against class, ancestor, interface, alias, nullable, union, object, static and self return types (the VERIFY_RETURN_TYPE fast path by class names, the general path otherwise)
--FILE--
<?php
interface Shape {} class Sq implements Shape {} class Sub extends Sq {} class Other {}
class_alias('Sq', 'Square');
function a($x): Shape { return $x; }
function b($x): Sq { return $x; }
function c($x): Square { return $x; }
function d($x): ?Sq { return $x; }
function e($x): Sq|Other { return $x; }
function f($x): object { return $x; }
class B { function me(): static { return $this; } function s(): self { return $this; } function other($o): self { return $o; } }
class C extends B {}
echo get_class(a(new Sub)), get_class(b(new Sub)), get_class(c(new Sq)), var_export(d(null), true), get_class(e(new Other)), get_class(f(new Other)), get_class((new C)->me()), get_class((new C)->s()), "\n";
foreach ([fn() => a(new Other), fn() => b(new Other), fn() => d(new Other), fn() => (new C)->other(new Other)] as $t) {
  try { $t(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
--EXPECT--
SubSubSqNULLOtherOtherCC
a(): Return value must be of type Shape, Other returned
b(): Return value must be of type Sq, Other returned
d(): Return value must be of type ?Sq, Other returned
B::other(): Return value must be of type B, Other returned
