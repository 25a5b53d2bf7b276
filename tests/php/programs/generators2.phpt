--TEST--
program: generators with keys, send, delegation return values, exceptions, IteratorAggregate trees
--FILE--
<?php
// Generators: keys, send, delegation return values, yield from keys, generator in generator, early return, exceptions
function counter(int $start, int $end, int $step = 1): Generator {
    for ($i = $start; $i <= $end; $i += $step) {
        $cmd = yield "k$i" => $i;
        if ($cmd === 'stop') return "stopped at $i";
        if (is_int($cmd)) $i += $cmd;
    }
    return 'done';
}
$g = counter(1, 20);
foreach ($g as $k => $v) { echo "$k=>$v "; }
echo '| ', $g->getReturn(), "\n";
$g = counter(1, 20);
echo $g->current(), ' ', $g->send(5), ' ', $g->send(null), ' ', $g->key(), ' ';
$g->send('stop');
var_dump($g->valid(), $g->getReturn());

function inner(string $tag): Generator {
    $x = yield 1;
    echo "[$tag got $x] ";
    yield 2;
    return strtoupper($tag);
}
function outer(): Generator {
    $a = yield from inner('a');
    $b = yield from inner('b');
    yield 'keys' => [$a, $b];
    $c = yield from ['x' => 10, 'y' => 20];
    var_dump($c);
    return yield from (fn() => yield from new ArrayIterator([7, 8]))();
}
$o = outer();
foreach ($o as $k => $v) { echo json_encode($k), '=>', json_encode($v), ' '; }
echo "\nreturn: "; var_dump($o->getReturn());
$o = outer();
$o->current(); $o->send('S1'); $o->next(); echo $o->current(), ' '; $o->send('S2'); echo json_encode($o->current()), "\n";

// keys survive iterator_to_array (overwrite) vs preserve_keys=false
function dupKeys(): Generator { yield 'a' => 1; yield 'a' => 2; yield 3; yield 'b' => 4; yield 5; }
var_dump(iterator_to_array(dupKeys()), iterator_to_array(dupKeys(), false));
function autoKeys(): Generator { yield 5 => 'x'; yield 'y'; yield 'k' => 'z'; yield 'w'; }
foreach (autoKeys() as $k => $v) echo "$k:$v ";
echo "\n";

// pipeline of lazy stages
function readLines(string $text): Generator { foreach (explode("\n", $text) as $n => $line) yield $n + 1 => $line; }
function filter(iterable $it, callable $p): Generator { foreach ($it as $k => $v) if ($p($v, $k)) yield $k => $v; }
function map(iterable $it, callable $f): Generator { foreach ($it as $k => $v) yield $k => $f($v, $k); }
function take(iterable $it, int $n): Generator { if ($n <= 0) return; foreach ($it as $k => $v) { yield $k => $v; if (--$n === 0) return; } }
function chunk(iterable $it, int $size): Generator { $buf = []; foreach ($it as $k => $v) { $buf[$k] = $v; if (count($buf) === $size) { yield $buf; $buf = []; } } if ($buf) yield $buf; }
$text = "alpha\n# comment\nbeta\n\ngamma delta\n# x\nepsilon\nzeta eta theta";
$p = take(map(filter(readLines($text), fn($l) => $l !== '' && $l[0] !== '#'), fn($l, $n) => sprintf('%02d:%s', $n, ucwords($l))), 4);
foreach ($p as $n => $l) echo "$n -> $l\n";
foreach (chunk(filter(readLines($text), 'strlen'), 3) as $i => $c) echo $i, ' ', json_encode($c), "\n";

// exceptions into and out of generators, finally on destruction
function guarded(): Generator {
    try {
        yield 1;
        yield 2;
    } catch (InvalidArgumentException $e) {
        echo "caught inside: {$e->getMessage()}\n";
        yield 99;
    } finally {
        echo "finally runs\n";
    }
}
$g = guarded(); echo $g->current(), "\n"; echo $g->throw(new InvalidArgumentException('bad')), "\n"; $g->next(); var_dump($g->valid());
$g = guarded(); $g->current(); unset($g); echo "after unset\n";
$g = guarded(); $g->current();
try { $g->throw(new RuntimeException('boom')); } catch (RuntimeException $e) { echo "escaped: {$e->getMessage()}\n"; }
function thrower(): Generator { yield 1; throw new LogicException('from gen'); }
try { foreach (thrower() as $v) echo "v=$v\n"; } catch (LogicException $e) { echo get_class($e), ' ', $e->getMessage(), ' line ', $e->getLine(), "\n"; }
$g = counter(1, 3);
foreach ($g as $v) {}
try { $g->rewind(); foreach ($g as $v) {} } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$g = counter(1, 3); $g->next();
try { $g->rewind(); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $h = counter(1, 3); $h->getReturn(); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
function gen() { yield; }
var_dump(gen() instanceof Traversable, gen() instanceof Iterator, (new ReflectionFunction('gen'))->isGenerator());
foreach (gen() as $k => $v) var_dump($k, $v);
// generator as method with $this and static
class Tree implements IteratorAggregate {
    private array $kids = [];
    public function __construct(public string $name) {}
    public function add(Tree ...$t): static { array_push($this->kids, ...$t); return $this; }
    public function getIterator(): Generator { yield $this->name => 0; foreach ($this->kids as $k) foreach ($k as $n => $d) yield $n => $d + 1; }
    public function leaves(): Generator { if (!$this->kids) { yield $this->name; return 1; } $n = 0; foreach ($this->kids as $k) $n += yield from $k->leaves(); return $n; }
}
$t = (new Tree('root'))->add((new Tree('a'))->add(new Tree('a1'), new Tree('a2')), new Tree('b'), (new Tree('c'))->add(new Tree('c1')));
foreach ($t as $name => $depth) echo str_repeat('  ', $depth), $name, "\n";
$l = $t->leaves(); echo implode(',', iterator_to_array($l, false)), ' count=', $l->getReturn(), "\n";
$lazy = (function () { echo "[started]"; yield 1; })();
echo "before "; foreach ($lazy as $v) echo $v; echo "\n";

--EXPECTF--
k1=>1 k2=>2 k3=>3 k4=>4 k5=>5 k6=>6 k7=>7 k8=>8 k9=>9 k10=>10 k11=>11 k12=>12 k13=>13 k14=>14 k15=>15 k16=>16 k17=>17 k18=>18 k19=>19 k20=>20 | done
1 7 8 k8 bool(false)
string(12) "stopped at 8"
0=>1 [a got ] 1=>2 0=>1 [b got ] 1=>2 "keys"=>["A","B"] "x"=>10 "y"=>20 NULL
0=>7 1=>8 
return: NULL
[a got S1] 1 [b got S2] 2
array(4) {
  ["a"]=>
  int(2)
  [0]=>
  int(3)
  ["b"]=>
  int(4)
  [1]=>
  int(5)
}
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
  [4]=>
  int(5)
}
5:x 6:y k:z 7:w 
1 -> 01:Alpha
3 -> 03:Beta
5 -> 05:Gamma Delta
7 -> 07:Epsilon

Fatal error: Uncaught ArgumentCountError: strlen() expects exactly 1 argument, 2 given in %s/tests/php/programs/generators2.php:48
Stack trace:
#0 %s/tests/php/programs/generators2.php(48): strlen('alpha', 1)
#1 %s/tests/php/programs/generators2.php(51): filter(Object(Generator), 'strlen')
#2 %s/tests/php/programs/generators2.php(55): chunk(Object(Generator), 3)
#3 {main}
  thrown in %s/tests/php/programs/generators2.php on line 48
