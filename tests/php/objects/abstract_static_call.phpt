--TEST--
Calling an abstract method statically (A::f(), parent::f(), an interface's) is an Error
--FILE--
<?php
interface P { public static function id(): string; }
abstract class A { abstract static function f(); public static function g() { return static::f(); } }
abstract class B { abstract function h(); }
class C extends B { function h() { return parent::h(); } }
try { P::id(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { A::f(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { A::g(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { (new C)->h(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class D extends A { static function f() { return "D::f\n"; } }
echo D::g(), D::f();
--EXPECT--
Cannot call abstract method P::id()
Cannot call abstract method A::f()
Cannot call abstract method A::f()
Cannot call abstract method B::h()
D::f
D::f
