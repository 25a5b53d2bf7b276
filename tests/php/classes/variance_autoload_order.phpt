--TEST--
a class declared by its autoloader has its variance checked once the classes its checks need are loaded: they may extend it
--FILE--
<?php
spl_autoload_register(function ($class) {
    echo "load $class\n";
    if ($class === 'A') {
        class A { public function m(): C {} }
    } elseif ($class === 'B') {
        class B extends A { public function m(): D {} }
    } elseif ($class === 'C') {
        class C {}
    } elseif ($class === 'D') {
        class D extends C { public function back(): B {} }
    } elseif ($class === 'P') {
        class P { public function m(): Q {} }
    } elseif ($class === 'R') {
        class R extends P { public function m(): R {} }
    } elseif ($class === 'Q') {
        class S extends R {}
    }
});
var_dump(new B);
var_dump(new R);
--EXPECTF--
load B
load A
load D
load C
object(B)#2 (0) {
}
load R
load P
load Q

Fatal error: Could not check compatibility between R::m(): R and P::m(): Q, because class Q is not available in %s on line %d
