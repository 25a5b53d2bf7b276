--TEST--
Generators: closures, methods with $this, static methods, returned from functions
--FILE--
<?php
class Repo {
    private array $items = ['x' => 1, 'y' => 2];
    public function __construct(private string $prefix) {}
    public function each() {
        foreach ($this->items as $k => $v) {
            yield $this->prefix . $k => $v;
        }
    }
    public static function range($a, $b) {
        for ($i = $a; $i <= $b; $i++) yield $i;
    }
    public function lazy() {
        return function () {
            yield $this->prefix;
            yield static::class;
        };
    }
    public function &refs() {
        foreach ($this->items as $k => &$v) yield $k => $v;
    }
    public function dump() { var_dump($this->items); }
}
$r = new Repo('p_');
foreach ($r->each() as $k => $v) echo "$k=$v\n";
echo implode(',', iterator_to_array(Repo::range(1, 4))), "\n";
foreach (($r->lazy())() as $v) echo "$v\n";
foreach ($r->refs() as &$v) $v += 100;
unset($v);
$r->dump();
$gen = function ($n) { for ($i = 0; $i < $n; $i++) yield $i => $i * $i; };
foreach ($gen(3) as $k => $v) echo "$k:$v ";
echo "\n";
$factor = 3;
$scaled = function (iterable $it) use ($factor) { foreach ($it as $v) yield $v * $factor; };
echo implode(' ', iterator_to_array($scaled([1, 2, 3]), false)), "\n";
function make() { return (fn() => yield 5)(); }
foreach (make() as $v) echo "arrow: $v\n";
class Agg implements IteratorAggregate {
    public function getIterator(): Generator {
        yield 'a';
        yield 'b';
    }
}
foreach (new Agg as $k => $v) echo "$k $v\n";
function from_agg() { yield from new Agg; yield 'c'; }
foreach (from_agg() as $k => $v) echo "$k $v\n";
var_dump(iterator_to_array(new Agg));
class It implements Iterator {
    private $i = 0;
    public function current(): mixed { return $this->i * 10; }
    public function key(): mixed { return "k{$this->i}"; }
    public function next(): void { $this->i++; }
    public function rewind(): void { echo "rewind\n"; $this->i = 0; }
    public function valid(): bool { return $this->i < 3; }
}
function from_it() { $r = yield from new It; var_dump($r); }
foreach (from_it() as $k => $v) echo "$k => $v\n";
--EXPECT--
p_x=1
p_y=2
1,2,3,4
p_
Repo
array(2) {
  ["x"]=>
  int(101)
  ["y"]=>
  int(102)
}
0:0 1:1 2:4 
3 6 9
arrow: 5
0 a
1 b
0 a
1 b
0 c
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
rewind
k0 => 0
k1 => 10
k2 => 20
NULL
