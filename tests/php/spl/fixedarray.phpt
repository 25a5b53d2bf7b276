--TEST--
SplFixedArray, heaps and SplPriorityQueue
--FILE--
<?php
$x = new SplFixedArray(2);
foreach ([fn()=>$x[2], fn()=>$x[-1], fn()=>$x["a"], fn()=>$x[1.5], fn()=>$x["1"], fn()=>$x[true], fn()=>new SplFixedArray(-1), fn()=>$x->setSize(-1), fn()=>SplFixedArray::fromArray(["a"=>1]), fn()=>SplFixedArray::fromArray([-1=>1]), fn()=>$x[] = 1, fn()=>isset($x[5]), fn()=>$x[null], fn()=>$x->offsetGet(new stdClass)] as $f) {
  try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
print_r(SplFixedArray::fromArray([3=>1, 1=>2])->toArray());
print_r(SplFixedArray::fromArray([3=>1, 1=>2], false)->toArray());
$x->setSize(4); var_dump($x->getSize(), count($x));
foreach ($x as $k => $v) { echo "$k "; } echo "\n";
$h = new SplMinHeap;
foreach ([fn()=>$h->top(), fn()=>$h->extract()] as $f) {
  try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$p = new SplPriorityQueue;
try { $p->setExtractFlags(0); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
foreach ([[1,1],[2,1],[3,1],[4,2],[5,1]] as [$d,$pr]) $p->insert($d,$pr);
$p->setExtractFlags(3);
foreach ($p as $k => $v) { echo "$k: "; print_r($v); }

--EXPECTF--
RuntimeException: Index invalid or out of range
RuntimeException: Index invalid or out of range
TypeError: Illegal offset type

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s/tests/php/spl/fixedarray.php on line 3
NULL
NULL
NULL
ValueError: SplFixedArray::__construct(): Argument #1 ($size) must be greater than or equal to 0
ValueError: SplFixedArray::setSize(): Argument #1 ($size) must be greater than or equal to 0
InvalidArgumentException: array must contain only positive integer keys
InvalidArgumentException: array must contain only positive integer keys
Error: [] operator not supported for SplFixedArray
bool(false)
TypeError: Illegal offset type
TypeError: Illegal offset type
Array
(
    [0] => 
    [1] => 2
    [2] => 
    [3] => 1
)
Array
(
    [0] => 1
    [1] => 2
)
int(4)
int(4)
0 1 2 3 
RuntimeException: Can't peek at an empty heap
RuntimeException: Can't extract from an empty heap
RuntimeException: Must specify at least one extract flag
4: Array
(
    [data] => 4
    [priority] => 2
)
3: Array
(
    [data] => 5
    [priority] => 1
)
2: Array
(
    [data] => 2
    [priority] => 1
)
1: Array
(
    [data] => 3
    [priority] => 1
)
0: Array
(
    [data] => 1
    [priority] => 1
)
