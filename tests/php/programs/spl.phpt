--TEST--
program: SPL data structures and iterators (stack, queue, heaps, priority queue, object storage, ArrayObject)
--FILE--
<?php
$stack = new SplStack();
foreach (['a', 'b', 'c'] as $x) $stack->push($x);
echo $stack->top(), ' ', $stack->pop(), ' ', count($stack), "\n";
foreach ($stack as $k => $v) echo "$k:$v ";
echo "\n";
$q = new SplQueue();
$q->enqueue(1); $q->enqueue(2); $q[] = 3;
echo $q->dequeue(), ' ', $q->count(), ' ', $q[0], "\n";
foreach ($q as $k => $v) echo "$k:$v ";
echo "\n";
$h = new SplMinHeap();
foreach ([5, 1, 8, 3, 9, 2] as $n) $h->insert($n);
while (!$h->isEmpty()) echo $h->extract(), ' ';
echo "\n";
$mh = new SplMaxHeap();
foreach ([[2, 'b'], [9, 'z'], [5, 'm']] as $p) $mh->insert($p);
echo json_encode($mh->top()), ' ', count($mh), "\n";
$pq = new SplPriorityQueue();
$pq->insert('low', 1); $pq->insert('high', 10); $pq->insert('mid', 5); $pq->insert('mid2', 5);
$pq->setExtractFlags(SplPriorityQueue::EXTR_BOTH);
print_r($pq->extract());
$pq->setExtractFlags(SplPriorityQueue::EXTR_DATA);
while ($pq->valid()) { echo $pq->extract(), ' '; }
echo "\n";
class TaskHeap extends SplHeap {
    protected function compare($a, $b): int { return $b['due'] <=> $a['due'] ?: strcmp($b['name'], $a['name']); }
}
$th = new TaskHeap();
foreach ([['name' => 'x', 'due' => 3], ['name' => 'a', 'due' => 1], ['name' => 'b', 'due' => 1]] as $t) $th->insert($t);
foreach ($th as $t) echo $t['name'], $t['due'], ' ';
echo "\n";

$s = new SplObjectStorage();
$o1 = new stdClass; $o1->id = 1;
$o2 = new stdClass; $o2->id = 2;
$s->attach($o1, 'first');
$s->attach($o2, ['second']);
$s[$o1] = 'FIRST';
var_dump(count($s), $s->contains($o2), $s[$o1]);
foreach ($s as $i => $obj) { echo $i, ' ', $obj->id, ' ', json_encode($s->getInfo()), "\n"; }
$s->detach($o2);
var_dump(count($s), isset($s[$o2]));

$ao = new ArrayObject(['b' => 2, 'a' => 1, 'c' => 3]);
$ao['d'] = 4;
unset($ao['b']);
$ao->ksort();
print_r($ao->getArrayCopy());
echo count($ao), ' ', isset($ao['a']) ? 'has a' : 'no a', "\n";
foreach ($ao as $k => $v) echo "$k=$v,";
echo "\n";
$ao2 = new ArrayObject([3, 1, 2]);
$ao2->uasort(fn($a, $b) => $a <=> $b);
print_r($ao2->getArrayCopy());
$ao2->append(10);
var_dump($ao2->count(), iterator_to_array($ao2->getIterator()));

$fa = new SplFixedArray(4);
$fa[0] = 'zero'; $fa[3] = 'three';
echo $fa->getSize(), ' ', json_encode($fa->toArray()), "\n";
try { $fa[4] = 'x'; } catch (RuntimeException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$dll = new SplDoublyLinkedList();
$dll->push(1); $dll->push(2); $dll->unshift(0);
$dll->setIteratorMode(SplDoublyLinkedList::IT_MODE_LIFO);
foreach ($dll as $v) echo $v;
echo "\n";

$it = new ArrayIterator(range(1, 10));
$f = new CallbackFilterIterator($it, fn($v) => $v % 2 == 0);
$l = new LimitIterator($f, 1, 3);
echo implode(',', iterator_to_array($l, false)), "\n";
$ai = new AppendIterator();
$ai->append(new ArrayIterator([1, 2]));
$ai->append(new ArrayIterator([3]));
echo implode(',', iterator_to_array($ai, false)), "\n";
$rai = new RecursiveIteratorIterator(new RecursiveArrayIterator([1, [2, [3, 4]], 5]), RecursiveIteratorIterator::SELF_FIRST);
foreach ($rai as $k => $v) echo $rai->getDepth(), ':', is_array($v) ? 'arr' : $v, ' ';
echo "\n";
echo implode(',', iterator_to_array(new RecursiveIteratorIterator(new RecursiveArrayIterator(['a' => 1, 'b' => ['c' => 2, 'd' => ['e' => 3]]])))), "\n";
$gen = (function () { yield 'k1' => 'a'; yield 'k2' => 'b'; })();
foreach (new IteratorIterator($gen) as $k => $v) echo "$k=$v ";
echo "\n";
$mi = new MultipleIterator();
$mi->attachIterator(new ArrayIterator([1, 2, 3]));
$mi->attachIterator(new ArrayIterator(['a', 'b', 'c']));
foreach ($mi as $vals) echo implode('-', $vals), ' ';
echo "\n";
echo iterator_count(new ArrayIterator([1, 2, 3])), "\n";
$c = new CachingIterator(new ArrayIterator(['x', 'y', 'z']));
foreach ($c as $v) echo $v, $c->hasNext() ? ',' : "\n";
$ri = new RegexIterator(new ArrayIterator(['apple', 'banana', 'avocado']), '/^a/');
print_r(iterator_to_array($ri));
$no = new NoRewindIterator(new ArrayIterator([1, 2, 3]));
echo $no->current(); $no->next(); foreach ($no as $v) echo $v; echo "\n";
$inf = new InfiniteIterator(new ArrayIterator([1, 2]));
$n = 0; foreach ($inf as $v) { echo $v; if (++$n >= 5) break; } echo "\n";
try { $stack2 = new SplStack(); $stack2->pop(); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
try { (new SplMinHeap)->top(); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
c c 2
1:b 0:a 
1 2 2
0:2 1:3 
1 2 3 5 8 9 
[9,"z"] 3
Array
(
    [data] => high
    [priority] => 10
)
mid2 mid low 
a1 b1 x3 
int(2)
bool(true)
string(5) "FIRST"
0 1 "FIRST"
1 2 ["second"]
int(1)
bool(false)
Array
(
    [a] => 1
    [c] => 3
    [d] => 4
)
3 has a
a=1,c=3,d=4,
Array
(
    [1] => 1
    [2] => 2
    [0] => 3
)
int(4)
array(4) {
  [1]=>
  int(1)
  [2]=>
  int(2)
  [0]=>
  int(3)
  [3]=>
  int(10)
}
4 ["zero",null,null,"three"]
RuntimeException: Index invalid or out of range
210
4,6,8
1,2,3
0:1 0:arr 1:2 1:arr 2:3 2:4 0:5 
1,2,3
k1=a k2=b 
1-a 2-b 3-c 
3
x,y,z
Array
(
    [0] => apple
    [2] => avocado
)
123
12121
Can't pop from an empty datastructure
Can't peek at an empty heap
