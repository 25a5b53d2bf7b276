<?php
/** doc */
class A {
    const X = 1;
    public const Y = self::X + 1;
    public $p = 2;
    protected static $s = [1, 2];
    private ?int $q = null;
    public function m($a = self::X) { return $this->p + $a; }
    public static function sm() { return static::class; }
    function __construct(public int $x = 0, protected readonly string $y = "") { }
}
abstract class B extends A {
    abstract function f(int $x): int;
    final public function g() { return parent::m(); }
}
final class C extends B { function f(int $x): int { return $x; } }
interface I { const Z = 3; function i(); }
interface J extends I {}
class D implements J { function i() {} }
trait T { public $tp = 1; function t() { return __TRAIT__ . __CLASS__ . __FUNCTION__ . __METHOD__; } }
class E { use T; }
if ($argc) { class F {} }
function ff() { class G extends A {} }
