--TEST--
program: generator pipelines (keys, send, return values, yield from, throw into a generator, finally on destruction, lazy infinite sequences, rewind errors)
--FILE--
<?php
declare(strict_types=1);

function readLines(string $text): Generator
{
    foreach (explode("\n", $text) as $no => $line) {
        yield $no + 1 => $line;
    }
    return 'eof';
}

function parseLog(iterable $lines): Generator
{
    foreach ($lines as $no => $line) {
        if (!preg_match('/^(?<lvl>[A-Z]+) (?<msg>.*)$/', $line, $m)) {
            continue;
        }
        yield $no => ['level' => $m['lvl'], 'msg' => $m['msg']];
    }
}

function filterLevel(iterable $entries, string ...$levels): Generator
{
    foreach ($entries as $k => $e) {
        if (in_array($e['level'], $levels, true)) {
            yield $k => $e;
        }
    }
}

function take(iterable $it, int $n): Generator
{
    if ($n <= 0) {
        return;
    }
    foreach ($it as $k => $v) {
        yield $k => $v;
        if (--$n === 0) {
            return;
        }
    }
}

$log = "INFO boot\nDEBUG cfg loaded\nWARN disk 91%\n\nERROR db down\nINFO retry\nERROR db down again\nbad line\nWARN slow";
$lines = readLines($log);
foreach (take(filterLevel(parseLog($lines), 'WARN', 'ERROR'), 3) as $no => $e) {
    echo "line $no: [{$e['level']}] {$e['msg']}\n";
}
echo 'lines valid after partial read: ', var_export($lines->valid(), true), "\n";
while ($lines->valid()) {
    $lines->next();
}
echo 'return: ', $lines->getReturn(), "\n";

// send(): a running average coroutine
function averager(): Generator
{
    $sum = 0;
    $n = 0;
    $avg = null;
    while (true) {
        $x = yield $avg;
        if ($x === null) {
            return [$n, $sum];
        }
        $sum += $x;
        $n++;
        $avg = $sum / $n;
    }
}
$avg = averager();
$avg->current();
foreach ([10, 20, 60, 5] as $x) {
    echo "send($x) -> ", $avg->send($x), "\n";
}
$avg->send(null);
echo 'done: ', json_encode($avg->getReturn()), ' valid=', var_export($avg->valid(), true), "\n";

// yield from with keys and return values
function inner(string $p): Generator
{
    yield "$p-a" => 1;
    yield "$p-b" => 2;
    return strtoupper($p);
}
function outer(): Generator
{
    $r1 = yield from inner('x');
    $r2 = yield from inner('y');
    yield 'list' => yield from [10, 20];
    return "$r1$r2";
}
$o = outer();
foreach ($o as $k => $v) {
    echo "$k=$v ";
}
echo '| ', $o->getReturn(), "\n";
echo json_encode(iterator_to_array(outer(), false)), "\n";

// keys: yield without key, mixed keys, generator in array functions
function mixed_keys(): Generator
{
    yield 'a';
    yield 5 => 'b';
    yield 'c';
    yield 'k' => 'd';
    yield 'e';
}
foreach (mixed_keys() as $k => $v) {
    echo var_export($k, true), '=>', $v, ' ';
}
echo "\n";

// exceptions thrown into generators, finally on early destruction
function guarded(): Generator
{
    try {
        for ($i = 1; ; $i++) {
            try {
                yield $i;
            } catch (InvalidArgumentException $e) {
                echo "  caught inside: {$e->getMessage()}\n";
                yield -$i;
            }
        }
    } finally {
        echo "  finally (cleanup)\n";
    }
}
$g = guarded();
echo $g->current(), "\n";
$g->next();
echo $g->current(), "\n";
echo 'throw returns ', $g->throw(new InvalidArgumentException('bad')), "\n";
$g->next();
echo $g->current(), "\n";
unset($g);
echo "after unset\n";
$g = guarded();
$g->current();
try {
    $g->throw(new LogicException('fatal for gen'));
} catch (LogicException $e) {
    echo 'propagated: ', $e->getMessage(), ' valid=', var_export($g->valid(), true), "\n";
}

// generators as lazy infinite sequences + closures
$naturals = (function () {
    $i = 0;
    while (true) {
        yield $i++;
    }
})();
$primes = (function (Generator $src) {
    $found = [];
    foreach ($src as $n) {
        if ($n < 2) {
            continue;
        }
        foreach ($found as $p) {
            if ($p * $p > $n) {
                break;
            }
            if ($n % $p === 0) {
                continue 2;
            }
        }
        $found[] = $n;
        yield $n;
    }
})($naturals);
echo implode(' ', iterator_to_array(take($primes, 12), false)), "\n";

function fib(): Generator
{
    [$a, $b] = [0, 1];
    while (true) {
        yield $a;
        [$a, $b] = [$b, $a + $b];
    }
}
foreach (fib() as $i => $f) {
    if ($f > 1000) {
        echo "first fib > 1000 is #$i = $f\n";
        break;
    }
}
$gen = fib();
try {
    $gen->rewind();
    $gen->next();
    $gen->rewind();
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$done = (fn() => yield 1)();
foreach ($done as $_) {
}
try {
    foreach ($done as $_) {
    }
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo get_class($done), ' ', $done instanceof Traversable ? 'traversable' : '', ' ', $done instanceof Iterator ? 'iterator' : '', "\n";
$ag = new ArrayIterator(['x' => 1, 'y' => 2]);
echo json_encode(iterator_to_array(new CallbackFilterIterator(new IteratorIterator($ag), fn($v, $k) => $k !== 'x'))), ' ', iterator_count(fib() instanceof Generator ? take(fib(), 7) : []), "\n";
--EXPECT--
line 3: [WARN] disk 91%
line 5: [ERROR] db down
line 7: [ERROR] db down again
lines valid after partial read: true
return: eof
send(10) -> 10
send(20) -> 15
send(60) -> 30
send(5) -> 23.75
done: [4,95] valid=false
x-a=1 x-b=2 y-a=1 y-b=2 0=10 1=20 list= | XY
[1,2,1,2,10,20,null]
0=>a 5=>b 6=>c 'k'=>d 7=>e 
1
2
throw returns   caught inside: bad
-2
3
  finally (cleanup)
after unset
  finally (cleanup)
propagated: fatal for gen valid=false
2 3 5 7 11 13 17 19 23 29 31 37
first fib > 1000 is #17 = 1597
Exception: Cannot rewind a generator that was already run
Exception: Cannot traverse an already closed generator
Generator traversable iterator
{"y":2} 7
