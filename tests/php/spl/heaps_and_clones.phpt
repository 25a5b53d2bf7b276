--TEST--
SplHeap user compare and corruption, priority queue flags, clones of SPL structures, ArrayObject
--FILE--
<?php
class RevHeap extends SplHeap { protected function compare($a, $b): int { return strlen($a) <=> strlen($b); } }
$h = new RevHeap; foreach (["aaa", "b", "cc", "dddd"] as $s) $h->insert($s);
foreach ($h as $v) echo $v, " "; echo "\n";
class Bad extends SplMinHeap { protected function compare($a, $b): int { if ($a == 3 || $b == 3) throw new Exception("no 3"); return parent::compare($a, $b); } }
$b = new Bad; $b->insert(1); $b->insert(2);
try { $b->insert(3); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
var_dump($b->isCorrupted(), count($b));
try { $b->top(); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
$b->recoverFromCorruption(); var_dump($b->isCorrupted());
$pq = new SplPriorityQueue; $pq->setExtractFlags(SplPriorityQueue::EXTR_BOTH); $pq->insert("x", [1, 2]); $pq->insert("y", [1, 3]);
print_r($pq->extract()); var_dump($pq->getExtractFlags());
$q = new SplQueue; $q->enqueue("a"); $q->enqueue("b"); $c = clone $q; $c->dequeue(); var_dump(count($q), count($c), $q->dequeue());
$s = new SplObjectStorage; $o1 = new stdClass; $s[$o1] = "one"; $t = clone $s; $t->detach($o1); var_dump(count($s), count($t));
$f = SplFixedArray::fromArray([1, 2, 3]); $g = clone $f; $g[0] = 9; echo $f[0], $g[0], "\n";
echo json_encode(SplFixedArray::fromArray([1, "a"])), "\n";
$x = [1]; $x[] = &$x[0]; echo serialize($x), "\n";
$o = new ArrayObject(["k" => "v"]); foreach ($o as $k => $v) echo "$k=$v\n"; var_dump(count($o), isset($o["k"]), $o->getArrayCopy());

--EXPECT--
dddd aaa cc b 
no 3
bool(true)
int(3)
Heap is corrupted, heap properties are no longer ensured.
bool(false)
Array
(
    [data] => y
    [priority] => Array
        (
            [0] => 1
            [1] => 3
        )

)
int(3)
int(2)
int(1)
string(1) "a"
int(1)
int(0)
19
[1,"a"]
a:2:{i:0;i:1;i:1;R:2;}
k=v
int(1)
bool(true)
array(1) {
  ["k"]=>
  string(1) "v"
}
