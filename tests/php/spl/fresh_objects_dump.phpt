--TEST--
var_dump/print_r of SPL objects nothing was added to (an empty SplObjectStorage shows its storage)
--FILE--
<?php
foreach (['SplObjectStorage', 'SplStack', 'SplQueue', 'SplDoublyLinkedList', 'SplMinHeap', 'SplPriorityQueue', 'ArrayObject', 'ArrayIterator', 'SplFixedArray'] as $c) { var_dump(new $c); print_r(new $c); echo "\n"; }
class MyStorage extends SplObjectStorage { public $extra = 1; }
var_dump(new MyStorage);
--EXPECT--
object(SplObjectStorage)#1 (1) {
  ["storage":"SplObjectStorage":private]=>
  array(0) {
  }
}
SplObjectStorage Object
(
    [storage:SplObjectStorage:private] => Array
        (
        )

)

object(SplStack)#1 (2) {
  ["flags":"SplDoublyLinkedList":private]=>
  int(6)
  ["dllist":"SplDoublyLinkedList":private]=>
  array(0) {
  }
}
SplStack Object
(
    [flags:SplDoublyLinkedList:private] => 6
    [dllist:SplDoublyLinkedList:private] => Array
        (
        )

)

object(SplQueue)#1 (2) {
  ["flags":"SplDoublyLinkedList":private]=>
  int(4)
  ["dllist":"SplDoublyLinkedList":private]=>
  array(0) {
  }
}
SplQueue Object
(
    [flags:SplDoublyLinkedList:private] => 4
    [dllist:SplDoublyLinkedList:private] => Array
        (
        )

)

object(SplDoublyLinkedList)#1 (2) {
  ["flags":"SplDoublyLinkedList":private]=>
  int(0)
  ["dllist":"SplDoublyLinkedList":private]=>
  array(0) {
  }
}
SplDoublyLinkedList Object
(
    [flags:SplDoublyLinkedList:private] => 0
    [dllist:SplDoublyLinkedList:private] => Array
        (
        )

)

object(SplMinHeap)#1 (3) {
  ["flags":"SplHeap":private]=>
  int(0)
  ["isCorrupted":"SplHeap":private]=>
  bool(false)
  ["heap":"SplHeap":private]=>
  array(0) {
  }
}
SplMinHeap Object
(
    [flags:SplHeap:private] => 0
    [isCorrupted:SplHeap:private] => 
    [heap:SplHeap:private] => Array
        (
        )

)

object(SplPriorityQueue)#1 (3) {
  ["flags":"SplPriorityQueue":private]=>
  int(1)
  ["isCorrupted":"SplPriorityQueue":private]=>
  bool(false)
  ["heap":"SplPriorityQueue":private]=>
  array(0) {
  }
}
SplPriorityQueue Object
(
    [flags:SplPriorityQueue:private] => 1
    [isCorrupted:SplPriorityQueue:private] => 
    [heap:SplPriorityQueue:private] => Array
        (
        )

)

object(ArrayObject)#1 (1) {
  ["storage":"ArrayObject":private]=>
  array(0) {
  }
}
ArrayObject Object
(
    [storage:ArrayObject:private] => Array
        (
        )

)

object(ArrayIterator)#1 (1) {
  ["storage":"ArrayIterator":private]=>
  array(0) {
  }
}
ArrayIterator Object
(
    [storage:ArrayIterator:private] => Array
        (
        )

)

object(SplFixedArray)#1 (0) {
}
SplFixedArray Object
(
)

object(MyStorage)#1 (2) {
  ["extra"]=>
  int(1)
  ["storage":"SplObjectStorage":private]=>
  array(0) {
  }
}
