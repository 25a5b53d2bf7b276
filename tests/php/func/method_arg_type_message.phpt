--TEST--
a method's argument TypeError names the declaring class (inherited, static, trait and closure scopes)
--FILE--
<?php
class A {
    public function f(float $x) {}
    public static function g(int $x) {}
    public function c() { return function (int $x) {}; }
}
class B extends A {}
trait T { public function t(int $x) {} }
class C { use T; }
$calls = [
    fn() => (new A)->f([]),
    fn() => (new B)->f("x"),
    fn() => B::g("x"),
    fn() => (new C)->t("x"),
    fn() => (new A)->c()("x"),
];
foreach ($calls as $call) {
    try { $call(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
--EXPECTF--
A::f(): Argument #1 ($x) must be of type float, array given, called in %s/tests/php/func/method_arg_type_message.php on line 11
A::f(): Argument #1 ($x) must be of type float, string given, called in %s/tests/php/func/method_arg_type_message.php on line 12
A::g(): Argument #1 ($x) must be of type int, string given, called in %s/tests/php/func/method_arg_type_message.php on line 13
C::t(): Argument #1 ($x) must be of type int, string given, called in %s/tests/php/func/method_arg_type_message.php on line 14
A::{closure}(): Argument #1 ($x) must be of type int, string given, called in %s/tests/php/func/method_arg_type_message.php on line 15
