--TEST--
program: generator pipelines (send, return, yield from, keys, finally, IteratorAggregate)
--FILE--
<?php
function readLines(string $text): Generator {
    foreach (explode("\n", $text) as $n => $line) {
        $cmd = yield $n + 1 => $line;
        if ($cmd === 'stop') {
            return "stopped at " . ($n + 1);
        }
    }
    return "eof";
}
function filterG(iterable $it, callable $pred): Generator {
    foreach ($it as $k => $v) if ($pred($v)) yield $k => $v;
}
function mapG(iterable $it, callable $f): Generator {
    foreach ($it as $k => $v) yield $k => $f($v);
}
function take(iterable $it, int $n): Generator {
    if ($n <= 0) return;
    foreach ($it as $k => $v) { yield $k => $v; if (--$n === 0) return; }
}
function naturals(int $from = 1): Generator { while (true) yield $from++; }
function chain(iterable ...$its): Generator { foreach ($its as $it) yield from $it; }

$text = "alpha\n\nbeta gamma\n# comment\ndelta\nepsilon zeta eta";
$pipeline = mapG(filterG(readLines($text), fn($l) => $l !== '' && $l[0] !== '#'), 'strtoupper');
foreach ($pipeline as $lineNo => $line) echo "$lineNo: $line\n";

$g = readLines($text);
echo $g->current(), "\n";
echo $g->send('go'), "\n";
$g->send('stop');
var_dump($g->valid(), $g->getReturn());

$squares = mapG(take(filterG(naturals(), fn($n) => $n % 3 === 0), 5), fn($n) => $n * $n);
echo implode(' ', iterator_to_array($squares, false)), "\n";

$c = chain([1, 2], new ArrayIterator(['a' => 3]), (function () { yield 4; yield 5; return 6; })());
foreach ($c as $k => $v) echo "$k=>$v ";
echo "\n";
var_dump(iterator_to_array(chain([1, 2], [3, 4]), true));

function counter(): Generator {
    $total = 0;
    while (true) {
        $x = yield $total;
        if ($x === null) break;
        $total += $x;
    }
    return $total;
}
$acc = counter();
foreach ([5, 10, 20] as $v) { $acc->send($v); }
echo "running total: ", $acc->current(), "\n";
$acc->send(null);
echo "final: ", $acc->getReturn(), "\n";

function inner(): Generator { $r = yield 1; echo "inner got $r\n"; yield 2; return 'inner-ret'; }
function outer(): Generator { $v = yield from inner(); echo "yield from returned $v\n"; yield 3; }
$o = outer();
foreach ($o as $k => $v) { echo "k=$k v=$v\n"; }
$o2 = outer(); $o2->current(); $o2->send('hello');

function withFinally(): Generator {
    try { yield 1; yield 2; } finally { echo "cleanup\n"; }
}
foreach (withFinally() as $v) { echo "got $v\n"; break; }
echo "after break\n";
$gen = withFinally(); $gen->current(); unset($gen);
echo "after unset\n";

function thrower(): Generator {
    try { yield 1; } catch (Exception $e) { echo "caught inside: ", $e->getMessage(), "\n"; yield 99; }
}
$t = thrower(); $t->current();
echo $t->throw(new Exception("boom")), "\n";

$keys = (function () { yield 'a' => 1; yield 'a' => 2; yield 3; yield 10 => 4; yield 5; })();
foreach ($keys as $k => $v) echo var_export($k, true), "=$v ";
echo "\n";
$lazy = (fn() => yield from ['x' => 1, 'y' => 2])();
var_dump(iterator_to_array($lazy));
class Tree implements IteratorAggregate {
    private array $kids = [];
    public function __construct(public string $name) {}
    public function add(Tree ...$k): static { array_push($this->kids, ...$k); return $this; }
    public function getIterator(): Generator {
        yield $this->name;
        foreach ($this->kids as $kid) yield from $kid;
    }
}
$tree = (new Tree('root'))->add((new Tree('a'))->add(new Tree('a1'), new Tree('a2')), new Tree('b'));
foreach ($tree as $n) echo $n, ' ';
echo "\n";
echo implode(',', iterator_to_array($tree, false)), "\n";
$gen = (function() { yield 1; })();
foreach ($gen as $v) {}
try { foreach ($gen as $v) {} } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump($gen instanceof Traversable, $gen instanceof Iterator);
--EXPECT--
1: ALPHA
3: BETA GAMMA
5: DELTA
6: EPSILON ZETA ETA
alpha

bool(false)
string(12) "stopped at 2"
9 36 81 144 225
0=>1 1=>2 a=>3 0=>4 1=>5 
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(4)
}
running total: 35
final: 35
k=0 v=1
inner got 
k=1 v=2
yield from returned inner-ret
k=0 v=3
inner got hello
got 1
cleanup
after break
cleanup
after unset
caught inside: boom
99
'a'=1 'a'=2 0=3 10=4 11=5 
array(2) {
  ["x"]=>
  int(1)
  ["y"]=>
  int(2)
}
root a a1 a2 b 
root,a,a1,a2,b
Exception: Cannot traverse an already closed generator
bool(true)
bool(true)
