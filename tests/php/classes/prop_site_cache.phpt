--TEST--
one property read site seeing different classes, scopes, private shadowing and uninitialized slots (the per-site property cache)
--FILE--
<?php
class A {
    private $p = "A::p";
    public $q = "A::q";
    public int $t;
    public function readP($o) { return $o->p; }
    public function readT($o) { try { return $o->t; } catch (Error $e) { return $e->getMessage(); } }
}
class B extends A {
    public $p = "B::p";
}
class C {
    public $q = "C::q";
    public function __get($n) { return "C::__get($n)"; }
}
function q($o) { return $o->q; }
function p($o) { try { return $o->p; } catch (Error $e) { return $e->getMessage(); } }
$a = new A; $b = new B; $c = new C;
foreach ([$a, $b, $c, $a, $c, $b] as $o) {
    echo q($o), " | ", p($o), "\n";
}
foreach ([$a, $b, $a, $b] as $o) {
    echo $a->readP($o), " ", isset($o->p) ? "set" : "unset", "\n";
}
foreach ([1, 2] as $i) {
    echo $a->readT($a), "\n";
    $a->t = $i;
}
echo $a->readT($a), "\n";
unset($b->q);
echo q($b) ?? "null", "\n";
--EXPECTF--
A::q | Cannot access private property A::$p
A::q | B::p
C::q | C::__get(p)
A::q | Cannot access private property A::$p
C::q | C::__get(p)
A::q | B::p
A::p unset
A::p set
A::p unset
A::p set
Typed property A::$t must not be accessed before initialization
1
2

Warning: Undefined property: B::$q in %s/tests/php/classes/prop_site_cache.php on line 16
null
