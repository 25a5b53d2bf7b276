--TEST--
Iterator and IteratorAggregate in foreach, iterator_to_array
--FILE--
<?php
class Range implements Iterator {
    private $i;
    public function __construct(private int $a, private int $b) { $this->i = $a; }
    public function current(): mixed { return $this->i * 10; }
    public function key(): mixed { return "k" . $this->i; }
    public function next(): void { $this->i++; }
    public function rewind(): void { echo "rewind\n"; $this->i = $this->a; }
    public function valid(): bool { return $this->i <= $this->b; }
}
class Coll implements IteratorAggregate {
    public function getIterator(): Iterator { return new ArrayIterator(["x" => 1, "y" => 2]); }
}
foreach (new Range(1, 3) as $k => $v) echo "$k=$v\n";
print_r(iterator_to_array(new Range(2, 3)));
var_dump(iterator_count(new Range(1, 5)));
--EXPECT--
rewind
k1=10
k2=20
k3=30
rewind
Array
(
    [k2] => 20
    [k3] => 30
)
rewind
int(5)
