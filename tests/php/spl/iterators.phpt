--TEST--
SPL iterators: Limit, CallbackFilter, Filter, Append, Infinite, Caching, Multiple, Recursive
--FILE--
<?php
$a = new ArrayIterator([1,2,3,4,5,6]);
print_r(iterator_to_array(new LimitIterator($a, 1, 3)));
print_r(iterator_to_array(new CallbackFilterIterator($a, fn($v, $k) => $v % 2 == 0)));
class Odd extends FilterIterator { function accept(): bool { return $this->current() % 2 == 1; } }
print_r(iterator_to_array(new Odd($a)));
$ap = new AppendIterator; $ap->append(new ArrayIterator([1,2])); $ap->append(new ArrayIterator([3]));
print_r(iterator_to_array($ap, false));
$i = 0; foreach (new InfiniteIterator(new ArrayIterator([1,2])) as $v) { echo $v; if (++$i > 5) break; } echo "\n";
$c = new CachingIterator(new ArrayIterator(['a','b','c']));
foreach ($c as $v) { echo $v, $c->hasNext() ? "," : "\n"; }
$m = new MultipleIterator(MultipleIterator::MIT_KEYS_ASSOC); $m->attachIterator(new ArrayIterator([1,2]), 'x'); $m->attachIterator(new ArrayIterator([3,4]), 'y');
foreach ($m as $k => $v) { print_r($v); }
$r = new RecursiveIteratorIterator(new RecursiveArrayIterator([1, [2, [3]], 4]), RecursiveIteratorIterator::SELF_FIRST);
foreach ($r as $k => $v) { echo $r->getDepth(), ":", $k, "=", is_array($v) ? "arr" : $v, "\n"; }
print_r(iterator_to_array(new RecursiveIteratorIterator(new RecursiveArrayIterator([1, [2, [3]], 4])), false));
$r = new RecursiveIteratorIterator(new RecursiveArrayIterator([1, [2, [3]], 4]), RecursiveIteratorIterator::CHILD_FIRST);
foreach ($r as $k => $v) { echo $k, "=", is_array($v) ? "arr" : $v, " "; } echo "\n";
var_dump(iterator_count(new EmptyIterator));
function g() { yield 1; yield 2; }
print_r(iterator_to_array(new IteratorIterator(g())));
var_dump(iterator_apply($a, function() { echo "x"; return true; }));
$n = new NoRewindIterator(new ArrayIterator([1,2,3])); $n->next(); print_r(iterator_to_array($n));
try { new LimitIterator($a, -1); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $l = new LimitIterator($a, 1, 2); $l->seek(0); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }

--EXPECT--
Array
(
    [1] => 2
    [2] => 3
    [3] => 4
)
Array
(
    [1] => 2
    [3] => 4
    [5] => 6
)
Array
(
    [0] => 1
    [2] => 3
    [4] => 5
)
Array
(
    [0] => 1
    [1] => 2
    [2] => 3
)
121212
a,b,c
Array
(
    [x] => 1
    [y] => 3
)
Array
(
    [x] => 2
    [y] => 4
)
0:0=1
0:1=arr
1:0=2
1:1=arr
2:0=3
0:2=4
Array
(
    [0] => 1
    [1] => 2
    [2] => 3
    [3] => 4
)
0=1 0=2 0=3 1=arr 1=arr 2=4 
int(0)
Array
(
    [0] => 1
    [1] => 2
)
xxxxxxint(6)
Array
(
    [1] => 2
    [2] => 3
)
ValueError: LimitIterator::__construct(): Argument #2 ($offset) must be greater than or equal to 0
OutOfBoundsException: Cannot seek to 0 which is below the offset 1
