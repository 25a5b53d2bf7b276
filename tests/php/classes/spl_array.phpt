--TEST--
ArrayIterator and ArrayObject: iteration, array access, count, getArrayCopy
--FILE--
<?php
$it = new ArrayIterator(["a" => 1, "b" => 2, 5 => 3]);
foreach ($it as $k => $v) echo "$k=$v ";
echo "\n", count($it), " ", $it["b"], "\n";
$it["c"] = 4; $it[] = 5; unset($it["a"]);
var_dump($it->getArrayCopy(), isset($it["b"]), isset($it["zz"]));
$ao = new ArrayObject([1, 2, 3]);
foreach ($ao as $k => $v) echo "$k:$v ";
echo "\n", count($ao), "\n";
var_dump($ao);
print_r(iterator_to_array(new ArrayIterator([3, 4])));
class Coll implements IteratorAggregate { function getIterator(): Iterator { return new ArrayIterator(["x" => 1, "y" => 2]); } }
foreach (new Coll as $k => $v) echo "$k=$v\n";
--EXPECT--
a=1 b=2 5=3 
3 2
array(4) {
  ["b"]=>
  int(2)
  [5]=>
  int(3)
  ["c"]=>
  int(4)
  [6]=>
  int(5)
}
bool(true)
bool(false)
0:1 1:2 2:3 
3
object(ArrayObject)#2 (1) {
  ["storage":"ArrayObject":private]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    int(3)
  }
}
Array
(
    [0] => 3
    [1] => 4
)
x=1
y=2
