--TEST--
RecursiveIteratorIterator hooks and depth, ParentIterator, RecursiveCallbackFilterIterator, CachingIterator cache, LimitIterator seek
--FILE--
<?php
class Walk extends RecursiveIteratorIterator {
  function beginChildren(): void { echo "<ul>"; }
  function endChildren(): void { echo "</ul>"; }
  function beginIteration(): void { echo "[begin]"; }
  function endIteration(): void { echo "[end]"; }
}
$it = new Walk(new RecursiveArrayIterator(["a", ["b", ["c"]], "d"]), RecursiveIteratorIterator::SELF_FIRST);
foreach ($it as $k => $v) echo is_array($v) ? "($k)" : $v; echo "\n";
$it->setMaxDepth(0); foreach ($it as $v) echo is_array($v) ? "arr" : $v, ","; echo "\n"; var_dump($it->getMaxDepth());
$p = new ParentIterator(new RecursiveArrayIterator([1, [2, [3]], [4]]));
foreach (new RecursiveIteratorIterator($p, RecursiveIteratorIterator::SELF_FIRST) as $k => $v) echo $k, ":", count($v), " "; echo "\n";
$f = new RecursiveCallbackFilterIterator(new RecursiveArrayIterator([1, 2, [3, 4, [5, 6]]]), function ($v, $k, $it) { return $it->hasChildren() || $v % 2 == 0; });
print_r(iterator_to_array(new RecursiveIteratorIterator($f), false));
$c = new CachingIterator(new ArrayIterator(["x" => 1, "y" => 2]), CachingIterator::FULL_CACHE);
foreach ($c as $k => $v) {} print_r($c->getCache()); var_dump(count($c), $c["x"]);
$l = new LimitIterator(new ArrayIterator(range(0, 9)), 2, 3); foreach ($l as $v) echo $v; echo " ", $l->getPosition(), "\n";
$l->seek(3); var_dump($l->current());
try { $l->seek(9); } catch (OutOfBoundsException $e) { echo $e->getMessage(), "\n"; }
$e = new EmptyIterator; try { $e->current(); } catch (BadMethodCallException $x) { echo $x->getMessage(), "\n"; }
echo implode(",", iterator_to_array(new NoRewindIterator(new ArrayIterator([1, 2, 3])))), "\n";
function gen() { yield "a" => 1; yield "b" => 2; }
foreach (new IteratorIterator(gen()) as $k => $v) echo "$k$v"; echo "\n";
var_dump(iterator_apply($ai = new ArrayIterator([1, 2, 3]), function () use (&$ai) { echo $ai->current(); return $ai->current() < 2; }));

--EXPECT--
[begin]a(1)<ul>b(1)<ul>c</ul></ul>d[end]
[begin]a,arr,d,[end]
int(0)
1:2 1:1 2:1 
Array
(
    [0] => 2
    [1] => 4
    [2] => 6
)
Array
(
    [x] => 1
    [y] => 2
)
int(2)
int(1)
234 5
int(3)
Cannot seek to 9 which is behind offset 2 plus count 3
Accessing the value of an EmptyIterator
1,2,3
a1b2
12int(2)
