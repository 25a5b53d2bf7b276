--TEST--
program: value objects and magic (Stringable money, __debugInfo, __serialize, __set_state, ArrayAccess config, __isset/__get, readonly, destructor order, __call chains)
--FILE--
<?php
class Money implements Stringable {
    private function __construct(private int $cents, private string $cur) {}
    public static function of(float|int|string $amount, string $cur = 'EUR'): static { return new static((int)round((float)$amount * 100), $cur); }
    public function plus(Money $o): static { $this->assertSame($o); return new static($this->cents + $o->cents, $this->cur); }
    public function times(float $f): static { return new static((int)round($this->cents * $f), $this->cur); }
    public function allocate(int ...$ratios): array {
        $total = array_sum($ratios); $rem = $this->cents; $out = [];
        foreach ($ratios as $r) { $share = intdiv($this->cents * $r, $total); $out[] = $share; $rem -= $share; }
        for ($i = 0; $rem > 0; $i++, $rem--) $out[$i]++;
        return array_map(fn($c) => new static($c, $this->cur), $out);
    }
    private function assertSame(Money $o): void { if ($o->cur !== $this->cur) throw new DomainException("Currency mismatch: {$this->cur} vs {$o->cur}"); }
    public function __toString(): string { return sprintf('%s %s', number_format($this->cents / 100, 2), $this->cur); }
    public function __debugInfo(): array { return ['amount' => (string)$this]; }
    public function __serialize(): array { return ['c' => $this->cents, 'u' => $this->cur]; }
    public function __unserialize(array $d): void { $this->cents = $d['c']; $this->cur = $d['u']; }
    public static function __set_state(array $a): static { return new static($a['cents'], $a['cur']); }
}
$a = Money::of('19.99');
$b = Money::of(5);
echo $a->plus($b), ' | ', $a->times(1.5), ' | ', implode(', ', $a->allocate(1, 1, 1)), "\n";
var_dump($a);
$s = serialize($a);
echo $s, "\n";
echo unserialize($s), "\n";
var_export($a); echo "\n";
eval('$c = ' . var_export($b, true) . ';');
echo $c, "\n";
try { $a->plus(Money::of(1, 'USD')); } catch (DomainException $e) { echo $e->getMessage(), "\n"; }
echo str_pad((string)$a, 15, '*', STR_PAD_LEFT), ' ', strlen($a), ' ', "Total: $a", ' ', $a . '', "\n";
echo in_array('19.99 EUR', [$a]) ? "loose match\n" : "no\n";
var_dump($a == Money::of(19.99), $a == $b, (string)$a === '19.99 EUR');

class Config implements ArrayAccess, IteratorAggregate {
    private array $data = [];
    public function __get($k) { echo "[get $k]"; return $this->data[$k] ?? null; }
    public function __set($k, $v) { echo "[set $k]"; $this->data[$k] = $v; }
    public function offsetExists($k): bool { return isset($this->data[$k]); }
    public function offsetGet($k): mixed { return $this->data[$k] ?? null; }
    public function offsetSet($k, $v): void { $this->data[$k] = $v; }
    public function offsetUnset($k): void { unset($this->data[$k]); }
    public function getIterator(): Iterator { yield from $this->data; }
}
$cfg = new Config;
$cfg->db = ['host' => 'localhost'];
echo "\n";
$cfg->db['port'] = 3306;
echo "\n";
var_dump($cfg->db);
$cfg['list'] = [1];
$cfg['list'][] = 2;
var_dump($cfg['list']);
$cfg['x'] ??= 'dflt';
$cfg['x'] ??= 'other';
echo $cfg['x'], ' ', isset($cfg['x']) ? 'set' : 'unset', ' ', empty($cfg['nothing']) ? 'empty' : 'full', "\n";
foreach ($cfg as $k => $v) echo $k, '=', json_encode($v), ' ';
echo "\n";

class Lazy {
    private array $loaded = [];
    public function __isset($n) { return in_array($n, ['a', 'b']); }
    public function __get($n) { return $this->loaded[$n] ??= strtoupper($n) . '!'; }
}
$l = new Lazy;
var_dump(isset($l->a), isset($l->z), $l->a ?? 'none', $l->z ?? 'none', empty($l->b));

class Ro { public function __construct(public readonly array $items, public readonly ?Ro $next = null) {} 
    public function with(array $items): static { return new static($items, $this); } }
$r = new Ro([1, 2]);
try { $r->items[] = 3; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $r->items = []; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { unset($r->items); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$r2 = $r->with([3]);
echo json_encode($r2->next->items), ' ', json_encode($r2), "\n";
try { $cl = clone $r; echo "cloned ok\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class Temp2 { public $v = 1; public function __destruct() { echo "destruct {$this->v}\n"; } }
function make() { return new Temp2; }
make();
echo "after make\n";
$t = make(); $t->v = 2;
$t2 = $t;
unset($t);
echo "after unset (still referenced)\n";
$t2 = null;
echo "after null\n";
$arr = [new Temp2, new Temp2];
$arr[0]->v = 'a'; $arr[1]->v = 'b';
array_pop($arr);
echo "popped\n";
$arr = [];
echo "cleared\n";
class Chain { private array $calls = []; public function __call($n, $a) { $this->calls[] = $n . '(' . implode(',', $a) . ')'; return $this; } public function __toString(): string { return implode('->', $this->calls); } }
echo (new Chain)->select('a', 'b')->from('t')->where('x', 1), "\n";
$last = new Temp2; $last->v = 'end';
echo "script end\n";
--EXPECTF--
24.99 EUR | 29.99 EUR | 6.67 EUR, 6.66 EUR, 6.66 EUR
object(Money)#1 (1) {
  ["amount"]=>
  string(9) "19.99 EUR"
}
O:5:"Money":2:{s:1:"c";i:1999;s:1:"u";s:3:"EUR";}
19.99 EUR
\Money::__set_state(array(
   'cents' => 1999,
   'cur' => 'EUR',
))
5.00 EUR
Currency mismatch: EUR vs USD
******19.99 EUR 9 Total: 19.99 EUR 19.99 EUR
loose match
bool(true)
bool(false)
bool(true)
[set db]
[get db]
Notice: Indirect modification of overloaded property Config::$db has no effect in %s/tests/php/programs/magic.php on line 48

[get db]array(1) {
  ["host"]=>
  string(9) "localhost"
}

Notice: Indirect modification of overloaded element of Config has no effect in %s/tests/php/programs/magic.php on line 52
array(1) {
  [0]=>
  int(1)
}
dflt set empty
db={"host":"localhost"} list=[1] x="dflt" 
bool(true)
bool(false)
string(2) "A!"
string(4) "none"
bool(false)
Error: Cannot modify readonly property Ro::$items
Cannot modify readonly property Ro::$items
Cannot unset readonly property Ro::$items
[1,2] {"items":[3],"next":{"items":[1,2],"next":null}}
cloned ok
destruct 1
after make
after unset (still referenced)
destruct 2
after null
destruct b
popped
destruct a
cleared
select(a,b)->from(t)->where(x,1)
script end
destruct end
