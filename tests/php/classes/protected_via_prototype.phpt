--TEST--
A protected method is callable from any class related to the class of its prototype (the
method it overrides at the top of its chain), not only to its declaring class
--FILE--
<?php
abstract class Base {
    abstract protected function name();
    public function __construct() {}
}
class A extends Base {
    protected function name() { return "A::name"; }
    public function ask(Base $other) { return $other->name(); }
    public function make() { return new B2(); }
}
class B extends Base {
    protected function name() { return "B::name"; }
    protected function own() { return "B::own"; }
}
class B2 extends Base {
    protected function name() { return "B2::name"; }
    protected function __construct() {}
}
trait T {
    protected function name() { return "T::name"; }
}
class C extends Base {
    use T;
}
$a = new A;
echo $a->ask(new B), "\n";
echo $a->ask(new C), "\n";
var_dump(is_callable([new B, 'name']));
// own() has no prototype: only B and its relatives may call it
class D extends Base {
    protected function name() { return ""; }
    public function poke(B $b) { return $b->own(); }
}
try {
    (new D)->poke(new B);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
// a constructor overriding a non-abstract one has no prototype
try {
    $a->make();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
B::name
T::name
bool(false)
Call to protected method B::own() from scope D
Call to protected B2::__construct() from scope A
