--TEST--
Generators: unpacking generators, foreach over Iterator objects, iterator_count
--FILE--
<?php
function g() { yield 1; yield 2; yield 'k' => 3; }
function h() { yield 1; yield 2; }
var_dump([...h(), ...[10]]);
var_dump([...g()]);
function f(...$a) { var_dump($a); }
f(...h());
f(...g());
function sum($a, $b) { return $a + $b; }
echo sum(...h()), "\n";
function bad() { yield 1.5 => 1; }
try { var_dump([...bad()]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { f(...bad()); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class Counter implements Iterator {
    private $i = 0;
    public function __construct(private int $n) {}
    public function current(): mixed { echo "current\n"; return $this->i * 10; }
    public function key(): mixed { echo "key\n"; return "k{$this->i}"; }
    public function next(): void { echo "next\n"; $this->i++; }
    public function rewind(): void { echo "rewind\n"; $this->i = 0; }
    public function valid(): bool { echo "valid\n"; return $this->i < $this->n; }
}
foreach (new Counter(2) as $k => $v) echo "$k => $v\n";
foreach (new Counter(1) as $v) echo "$v\n";
try { foreach (new Counter(1) as &$v) {} } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo iterator_count(new Counter(2)), "\n";
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(10)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  ["k"]=>
  int(3)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  ["k"]=>
  int(3)
}
3
Keys must be of type int|string during array unpacking
Keys must be of type int|string during argument unpacking
rewind
valid
current
key
k0 => 0
next
valid
current
key
k1 => 10
next
valid
rewind
valid
current
0
next
valid
An iterator cannot be used with foreach by reference
rewind
valid
next
valid
next
valid
2
