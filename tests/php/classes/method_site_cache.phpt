--TEST--
one method call site seeing different classes, scopes and visibilities (the per-site method cache)
--FILE--
<?php
class A {
    public function who() { return "A::who"; }
    private function priv() { return "A::priv"; }
    public function callPriv($o) { return $o->priv(); }
    public function __call($n, $a) { return "A::__call($n)"; }
}
class B extends A {
    public function who() { return "B::who"; }
    public function priv() { return "B::priv"; }
}
class C {
    public function who() { return "C::who"; }
    private function hidden() { return "C::hidden"; }
    public function peek($o) { return $o->hidden(); }
}
function site($o) { return $o->who(); }
function hid($o) { try { return $o->hidden(); } catch (Error $e) { return $e->getMessage(); } }
foreach ([new A, new B, new C, new A, new C, new B] as $o) {
    echo site($o), "\n";
}
// A private method of the calling scope wins on a subclass object; elsewhere the
// subclass's public one or __call.
$a = new A; $b = new B; $c = new C;
foreach ([$a, $b, $a, $b] as $o) {
    echo $a->callPriv($o), " ", $o->priv(), "\n";
}
// The same site from inside and outside the class's scope.
foreach ([1, 2] as $_) {
    echo $c->peek($c), " | ", hid($c), "\n";
}
--EXPECT--
A::who
B::who
C::who
A::who
C::who
B::who
A::priv A::__call(priv)
A::priv B::priv
A::priv A::__call(priv)
A::priv B::priv
C::hidden | Call to private method C::hidden() from global scope
C::hidden | Call to private method C::hidden() from global scope
