--TEST--
program: SPL: SplDoublyLinkedList modes, SplFixedArray, SplHeap subclasses, SplObjectStorage data, iterators
--FILE--
<?php
// SPL data structures: SplDoublyLinkedList modes, SplFixedArray, SplHeap subclasses, SplObjectStorage with data, ArrayIterator seek
$l = new SplDoublyLinkedList();
foreach (['a', 'b', 'c', 'd'] as $x) $l->push($x);
$l->unshift('z');
$l->add(2, 'INS');
echo count($l), ' top=', $l->top(), ' bottom=', $l->bottom(), ' [2]=', $l[2], "\n";
foreach ([SplDoublyLinkedList::IT_MODE_FIFO, SplDoublyLinkedList::IT_MODE_LIFO] as $mode) {
    $l->setIteratorMode($mode | SplDoublyLinkedList::IT_MODE_KEEP);
    foreach ($l as $k => $v) echo "$k:$v ";
    echo '(mode ', $l->getIteratorMode(), ")\n";
}
$copy = clone $l;
$copy->setIteratorMode(SplDoublyLinkedList::IT_MODE_DELETE);
foreach ($copy as $v) echo $v;
echo ' left=', count($copy), ' orig=', count($l), "\n";
$l->offsetUnset(0); echo implode(',', iterator_to_array($l)), "\n";
try { $l[10] = 'x'; } catch (OutOfRangeException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { (new SplDoublyLinkedList)->pop(); } catch (RuntimeException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$s = new SplStack(); $s->push(1); $s->push(2); $s[] = 3;
echo $s->pop(), $s->top(), count($s), ' '; foreach ($s as $v) echo $v; echo "\n";
$q = new SplQueue(); $q->enqueue('x'); $q->enqueue('y'); $q[] = 'z';
echo $q->dequeue(), $q->isEmpty() ? 'E' : 'N', count($q), ' '; foreach ($q as $i => $v) echo "$i$v"; echo "\n";
echo serialize($q), "\n";
var_dump($q);

$fa = new SplFixedArray(5);
for ($i = 0; $i < 5; $i++) $fa[$i] = $i * $i;
echo $fa->getSize(), ' ', array_sum($fa->toArray()), ' ', json_encode($fa->toArray()), "\n";
$fa->setSize(7); var_dump($fa[6]); $fa->setSize(3); echo implode(',', $fa->toArray()), "\n";
try { $fa[3] = 1; } catch (RuntimeException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $fa['x'] = 1; } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$fb = SplFixedArray::fromArray([3 => 'c', 1 => 'a']); var_dump($fb->toArray());
$fc = SplFixedArray::fromArray([3 => 'c', 1 => 'a'], false); var_dump($fc->toArray());
foreach ($fb as $k => $v) echo "$k=", var_export($v, true), ' '; echo "\n";

class TaskHeap extends SplHeap {
    protected function compare($a, $b): int { return [$b['pri'], $b['seq']] <=> [$a['pri'], $a['seq']]; }
}
$h = new TaskHeap();
foreach ([['pri' => 2, 'seq' => 1, 'n' => 'write'], ['pri' => 1, 'seq' => 2, 'n' => 'read'], ['pri' => 2, 'seq' => 3, 'n' => 'test'], ['pri' => 0, 'seq' => 4, 'n' => 'plan']] as $t) $h->insert($t);
echo 'top=', $h->top()['n'], ' '; foreach ($h as $t) echo $t['n'], ' '; echo count($h), "\n";
$mn = new SplMinHeap(); $mx = new SplMaxHeap();
foreach ([5, 1, 8, 3, 9, 2, [1, 2], [0, 5]] as $v) { $mn->insert($v); $mx->insert($v); }
while (!$mn->isEmpty()) echo json_encode($mn->extract()), ' '; echo "\n";
while ($mx->valid()) { echo json_encode($mx->current()), ' '; $mx->next(); } echo "\n";
$pq = new SplPriorityQueue();
$pq->setExtractFlags(SplPriorityQueue::EXTR_BOTH);
foreach (['low' => 1, 'high' => 10, 'mid' => 5, 'mid2' => 5, 'arr' => [5, 1]] as $k => $p) $pq->insert($k, $p);
while ($pq->valid()) { $e = $pq->extract(); echo $e['data'], '@', json_encode($e['priority']), ' '; } echo "\n";
$pq2 = new SplPriorityQueue(); $pq2->insert('a', 1); $pq2->setExtractFlags(SplPriorityQueue::EXTR_PRIORITY); var_dump($pq2->top());
try { $pq2->setExtractFlags(0); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }

$store = new SplObjectStorage();
$a = new stdClass; $a->id = 'a'; $b = new stdClass; $b->id = 'b'; $c = new ArrayObject([1]);
$store[$a] = ['role' => 'admin']; $store->attach($b, 42); $store->attach($c);
$store->attach($a, 'replaced');
echo count($store), ' ', var_export($store[$a], true), ' ', $store->contains($b) ? 'has b' : 'no b', "\n";
foreach ($store as $i => $obj) { echo $i, ' ', get_class($obj), ' ', json_encode($store->getInfo()), "\n"; $store->setInfo("info$i"); }
foreach ($store as $i => $obj) echo $store->getInfo(), ' '; echo "\n";
$store->detach($b); unset($store[$c]); echo count($store), "\n";
$other = new SplObjectStorage(); $other->attach($b); $other->attach($a, 'x');
$store->addAll($other); echo count($store), ' '; $store->removeAllExcept($other); echo count($store), ' '; $store->removeAll($other); echo count($store), "\n";
try { $store[new stdClass]; } catch (UnexpectedValueException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
echo strlen($store->getHash($a)) , "\n";

$it = new ArrayIterator(['x' => 1, 'y' => 2, 'z' => 3, 'w' => 4]);
$it->seek(2); echo $it->key(), '=', $it->current(), ' ';
try { $it->seek(10); } catch (OutOfBoundsException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$it->asort(); $it->uksort(fn($a, $b) => strcmp($b, $a)); echo json_encode($it->getArrayCopy()), ' ', count($it), "\n";
$lim = new LimitIterator(new ArrayIterator(range(1, 10)), 2, 3); echo implode(',', iterator_to_array($lim, false)), "\n";
$ci = new CachingIterator(new ArrayIterator(['a', 'b', 'c']));
foreach ($ci as $v) echo $v, $ci->hasNext() ? ', ' : "\n";
$ai = new AppendIterator(); $ai->append(new ArrayIterator([1, 2])); $ai->append(new ArrayIterator([3])); echo implode(' ', iterator_to_array($ai, false)), "\n";
$rii = new RecursiveIteratorIterator(new RecursiveArrayIterator(['a' => 1, 'b' => ['c' => 2, 'd' => ['e' => 3]]]), RecursiveIteratorIterator::SELF_FIRST);
foreach ($rii as $k => $v) echo str_repeat('-', $rii->getDepth()), $k, is_array($v) ? '' : "=$v", ' '; echo "\n";
$mi = new MultipleIterator(MultipleIterator::MIT_KEYS_ASSOC); $mi->attachIterator(new ArrayIterator([1, 2, 3]), 'n'); $mi->attachIterator(new ArrayIterator(['one', 'two']), 'w');
foreach ($mi as $vals) echo json_encode($vals), ' '; echo "\n";
$gen = (fn() => yield from ['k1' => 'v1', 'k2' => 'v2'])();
foreach (new IteratorIterator($gen) as $k => $v) echo "$k=$v "; echo "\n";
$ao = new ArrayObject(['b' => 2, 'a' => 1]); $ao['c'] = 3; $ao->ksort(); echo json_encode($ao->getArrayCopy()), count($ao), isset($ao['a']) ? 'Y' : 'N', "\n";
echo implode(',', iterator_to_array(new CallbackFilterIterator(new ArrayIterator(range(1, 10)), fn($v, $k) => $v % 3 === 0), false)), "\n";
echo implode(',', iterator_to_array(new RegexIterator(new ArrayIterator(['apple', 'bob', 'avocado', 'cat']), '/^a/'))), "\n";

--EXPECT--
6 top=d bottom=z [2]=INS
0:z 1:a 2:INS 3:b 4:c 5:d (mode 0)
5:d 4:c 3:b 2:INS 1:a 0:z (mode 2)
zaINSbcd left=0 orig=6
c,b,INS,a,z
OutOfRangeException: SplDoublyLinkedList::offsetSet(): Argument #1 ($index) is out of range
RuntimeException: Can't pop from an empty datastructure
322 21
xN2 0y1z
O:8:"SplQueue":3:{i:0;i:4;i:1;a:2:{i:0;s:1:"y";i:1;s:1:"z";}i:2;a:0:{}}
object(SplQueue)#4 (2) {
  ["flags":"SplDoublyLinkedList":private]=>
  int(4)
  ["dllist":"SplDoublyLinkedList":private]=>
  array(2) {
    [0]=>
    string(1) "y"
    [1]=>
    string(1) "z"
  }
}
5 30 [0,1,4,9,16]
NULL
0,1,4
RuntimeException: Index invalid or out of range
TypeError: Illegal offset type
array(4) {
  [0]=>
  NULL
  [1]=>
  string(1) "a"
  [2]=>
  NULL
  [3]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "a"
}
0=NULL 1='a' 2=NULL 3='c' 
top=plan plan read write test 0
1 2 3 5 8 9 [0,5] [1,2] 
[1,2] [0,5] 9 8 5 3 2 1 
arr@[5,1] high@10 mid2@5 mid@5 low@1 
int(1)
RuntimeException: Must specify at least one extract flag
3 'replaced' has b
0 stdClass "replaced"
1 stdClass 42
2 ArrayObject null
info0 info1 info2 
1
2 2 0
UnexpectedValueException: Object not found
32
z=3 OutOfBoundsException: Seek position 10 is out of range
{"z":3,"y":2,"x":1,"w":4} 4
3,4,5
a, b, c
1 2 3
a=1 b -c=2 -d --e=3 
{"n":1,"w":"one"} {"n":2,"w":"two"} {"n":3,"w":null} 
k1=v1 k2=v2 
{"a":1,"b":2,"c":3}3Y
3,6,9
apple,avocado
