--TEST--
ArrayObject sorting, exchangeArray, iterator class, wrapped objects, ArrayIterator seek
--FILE--
<?php
$ao = new ArrayObject([3, 1, 2]);
$it = $ao->getIterator(); var_dump($it);
$it[5] = 9; var_dump(count($ao));
echo $ao->serialize(), "\n";
$i2 = new ArrayIterator([1]); echo $i2->serialize(), "\n";
var_dump($ao->getFlags(), $ao->getIteratorClass());
$ao->asort(); print_r($ao->getArrayCopy());
$ao->uksort(fn($a, $b) => $b <=> $a); print_r($ao->getArrayCopy());
var_dump($ao->exchangeArray(["x" => 1]));
$o = new stdClass; $o->a = 1; $w = new ArrayObject($o); $w["b"] = 2; var_dump($o, count($w));
$ai = new ArrayIterator([1,2,3,4]); $ai->seek(2); var_dump($ai->current());
try { $ai->seek(10); } catch (OutOfBoundsException $e) { echo $e->getMessage(), "\n"; }

--EXPECT--
object(ArrayIterator)#2 (1) {
  ["storage":"ArrayIterator":private]=>
  object(ArrayObject)#1 (1) {
    ["storage":"ArrayObject":private]=>
    array(3) {
      [0]=>
      int(3)
      [1]=>
      int(1)
      [2]=>
      int(2)
    }
  }
}
int(4)
x:i:0;a:4:{i:0;i:3;i:1;i:1;i:2;i:2;i:5;i:9;};m:a:0:{}
x:i:0;a:1:{i:0;i:1;};m:a:0:{}
int(0)
string(13) "ArrayIterator"
Array
(
    [1] => 1
    [2] => 2
    [0] => 3
    [5] => 9
)
Array
(
    [5] => 9
    [2] => 2
    [1] => 1
    [0] => 3
)
array(4) {
  [5]=>
  int(9)
  [2]=>
  int(2)
  [1]=>
  int(1)
  [0]=>
  int(3)
}
object(stdClass)#4 (2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
int(2)
int(3)
Seek position 10 is out of range
