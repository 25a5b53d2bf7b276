<?php
class P { public function __construct(protected int $a = 1) {} }
final class Q extends P {
    private const K = 'k';
    public static int $count = 0;
    public array $list = [self::K => 1, 'x' => PHP_EOL];
    public $obj = null;
    public function __construct(int $a, public readonly ?string $name = null, private array &$ref = []) { parent::__construct($a); self::$count++; static::$count += 2; }
    private function priv($x, &$y) { return $x; }
    public function callPriv() { $z = 1; return $this->priv(1, $z) . self::helper(2) . Q::helper(3); }
    public static function helper(int ...$n) { return count($n); }
    public function __toString(): string { return self::K; }
    public function chain() { return $this?->obj?->x ?? $this->obj->y?->z(); }
    public function cls() { return [self::class, static::class, parent::class, $this::class, get_class($this)]; }
}
abstract class R { abstract protected function f(): void; public function g() { return $this->f(); } }
interface HasName { public function name(): string; }
class S implements HasName, Stringable { public function name(): string { return 'S'; } public function __toString(): string { return $this->name(); } }
function make(string $c = Q::class, $v = Q::K, $w = new P(2)) { return new $c(1); }
$q = new Q(5, name: 'n');
$f = $q->callPriv(...);
$g = Q::helper(...);
$h = $q?->name;
unset($q->obj);
$q->list['a']['b'] = 1;
$q::$count = 3;
echo $q, PHP_EOL;
