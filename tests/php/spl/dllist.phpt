--TEST--
SplDoublyLinkedList, SplStack, SplQueue: modes, offsets, errors, dumps
--FILE--
<?php
$s = new SplStack; $s->push(1); $s->push("a"); var_dump($s); print_r($s); echo "\n";
var_export($s); echo "\n"; echo json_encode($s), "\n"; var_dump((array)$s);
echo serialize($s), "\n";
$q = new SplQueue; $q[] = 1; $q->enqueue(2); var_dump($q->getIteratorMode()); echo serialize($q),"\n";
try { $q->setIteratorMode(SplDoublyLinkedList::IT_MODE_LIFO); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$l = new SplDoublyLinkedList; 
foreach ([[fn()=>$l->pop()], [fn()=>$l->shift()], [fn()=>$l->top()], [fn()=>$l->bottom()], [fn()=>$l[5]], [fn()=>$l->add(3, 1)], [fn()=>$l->offsetUnset(1)], [fn()=>$l->offsetSet(2,1)], [fn()=>$l["x"]]] as [$f]) {
  try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$l->push(1); $l->push(2); $l->push(3); $l->add(1, 9); print_r(iterator_to_array($l));
$s = new SplStack; $s->push(1); $s->push(2); $s->push(3); $s->add(1, 9); print_r(iterator_to_array($s)); var_dump($s[0]);
$l->setIteratorMode(SplDoublyLinkedList::IT_MODE_DELETE);
foreach ($l as $k => $v) echo "$k=>$v ";
echo count($l), "\n";
$x = new SplFixedArray(3); $x[0] = 1; var_dump($x); print_r($x); var_export($x); echo json_encode($x), serialize($x), "\n"; var_dump((array)$x);
$h = new SplMinHeap; $h->insert(3); $h->insert(1); var_dump($h); echo serialize($h), "\n";
$p = new SplPriorityQueue; $p->insert("a", 3); $p->insert("b", 1); var_dump($p); echo serialize($p),"\n";
$o = new SplObjectStorage; $o[new stdClass] = 5; $o->attach(new ArrayObject([1])); var_dump($o); print_r($o); echo serialize($o), "\n";

--EXPECT--
object(SplStack)#1 (2) {
  ["flags":"SplDoublyLinkedList":private]=>
  int(6)
  ["dllist":"SplDoublyLinkedList":private]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    string(1) "a"
  }
}
SplStack Object
(
    [flags:SplDoublyLinkedList:private] => 6
    [dllist:SplDoublyLinkedList:private] => Array
        (
            [0] => 1
            [1] => a
        )

)

\SplStack::__set_state(array(
))
{}
array(0) {
}
O:8:"SplStack":3:{i:0;i:6;i:1;a:2:{i:0;i:1;i:1;s:1:"a";}i:2;a:0:{}}
int(4)
O:8:"SplQueue":3:{i:0;i:4;i:1;a:2:{i:0;i:1;i:1;i:2;}i:2;a:0:{}}
RuntimeException: Iterators' LIFO/FIFO modes for SplStack/SplQueue objects are frozen
RuntimeException: Can't pop from an empty datastructure
RuntimeException: Can't shift from an empty datastructure
RuntimeException: Can't peek at an empty datastructure
RuntimeException: Can't peek at an empty datastructure
OutOfRangeException: SplDoublyLinkedList::offsetGet(): Argument #1 ($index) is out of range
OutOfRangeException: SplDoublyLinkedList::add(): Argument #1 ($index) is out of range
OutOfRangeException: SplDoublyLinkedList::offsetUnset(): Argument #1 ($index) is out of range
OutOfRangeException: SplDoublyLinkedList::offsetSet(): Argument #1 ($index) is out of range
TypeError: SplDoublyLinkedList::offsetGet(): Argument #1 ($index) must be of type int, string given
Array
(
    [0] => 1
    [1] => 9
    [2] => 2
    [3] => 3
)
Array
(
    [3] => 3
    [2] => 2
    [1] => 9
    [0] => 1
)
int(3)
0=>1 0=>9 0=>2 0=>3 0
object(SplFixedArray)#1 (3) {
  [0]=>
  int(1)
  [1]=>
  NULL
  [2]=>
  NULL
}
SplFixedArray Object
(
    [0] => 1
    [1] => 
    [2] => 
)
\SplFixedArray::__set_state(array(
   0 => 1,
   1 => NULL,
   2 => NULL,
))[1,null,null]O:13:"SplFixedArray":3:{i:0;i:1;i:1;N;i:2;N;}
array(3) {
  [0]=>
  int(1)
  [1]=>
  NULL
  [2]=>
  NULL
}
object(SplMinHeap)#11 (3) {
  ["flags":"SplHeap":private]=>
  int(0)
  ["isCorrupted":"SplHeap":private]=>
  bool(false)
  ["heap":"SplHeap":private]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(3)
  }
}
O:10:"SplMinHeap":0:{}
object(SplPriorityQueue)#10 (3) {
  ["flags":"SplPriorityQueue":private]=>
  int(1)
  ["isCorrupted":"SplPriorityQueue":private]=>
  bool(false)
  ["heap":"SplPriorityQueue":private]=>
  array(2) {
    [0]=>
    array(2) {
      ["data"]=>
      string(1) "a"
      ["priority"]=>
      int(3)
    }
    [1]=>
    array(2) {
      ["data"]=>
      string(1) "b"
      ["priority"]=>
      int(1)
    }
  }
}
O:16:"SplPriorityQueue":0:{}
object(SplObjectStorage)#9 (1) {
  ["storage":"SplObjectStorage":private]=>
  array(2) {
    [0]=>
    array(2) {
      ["obj"]=>
      object(stdClass)#8 (0) {
      }
      ["inf"]=>
      int(5)
    }
    [1]=>
    array(2) {
      ["obj"]=>
      object(ArrayObject)#7 (1) {
        ["storage":"ArrayObject":private]=>
        array(1) {
          [0]=>
          int(1)
        }
      }
      ["inf"]=>
      NULL
    }
  }
}
SplObjectStorage Object
(
    [storage:SplObjectStorage:private] => Array
        (
            [0] => Array
                (
                    [obj] => stdClass Object
                        (
                        )

                    [inf] => 5
                )

            [1] => Array
                (
                    [obj] => ArrayObject Object
                        (
                            [storage:ArrayObject:private] => Array
                                (
                                    [0] => 1
                                )

                        )

                    [inf] => 
                )

        )

)
O:16:"SplObjectStorage":2:{i:0;a:4:{i:0;O:8:"stdClass":0:{}i:1;i:5;i:2;O:11:"ArrayObject":4:{i:0;i:0;i:1;a:1:{i:0;i:1;}i:2;a:0:{}i:3;N;}i:3;N;}i:1;a:0:{}}
