--TEST--
Generators: infinite generators with break, lazy pipelines, generators passed around
--FILE--
<?php
function naturals() {
    $i = 1;
    while (true) {
        yield $i++;
    }
}
function map(callable $f, iterable $it) {
    foreach ($it as $k => $v) {
        yield $k => $f($v);
    }
}
function filter(callable $f, iterable $it) {
    foreach ($it as $k => $v) {
        if ($f($v)) {
            yield $k => $v;
        }
    }
}
function take(int $n, iterable $it) {
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
$squares = map(fn($x) => $x * $x, naturals());
$even = filter(fn($x) => $x % 2 === 0, $squares);
foreach (take(5, $even) as $k => $v) {
    echo "$k: $v\n";
}
foreach (naturals() as $n) {
    if ($n > 3) {
        break;
    }
    echo $n, "\n";
}
function fib() {
    [$a, $b] = [0, 1];
    while (true) {
        yield $a;
        [$a, $b] = [$b, $a + $b];
    }
}
$out = [];
foreach (fib() as $i => $f) {
    if ($i >= 15) break;
    $out[] = $f;
}
echo implode(' ', $out), "\n";
function chunks(iterable $it, int $size) {
    $chunk = [];
    foreach ($it as $v) {
        $chunk[] = $v;
        if (count($chunk) === $size) {
            yield $chunk;
            $chunk = [];
        }
    }
    if ($chunk) {
        yield $chunk;
    }
}
foreach (chunks(take(7, naturals()), 3) as $c) {
    echo json_encode($c), "\n";
}
$gens = [naturals(), fib()];
foreach ([0, 1, 2] as $round) {
    foreach ($gens as $g) {
        echo $g->current(), ' ';
        $g->next();
    }
}
echo "\n";
function args_gen(...$xs) { foreach ($xs as $x) yield $x; yield func_num_args(); }
echo implode(',', iterator_to_array(args_gen(...[7, 8, 9]), false)), "\n";
function typed(int $x): Generator { yield $x; }
try { typed('nope'); } catch (TypeError $e) { echo "TypeError at call time\n"; }
function iter(): iterable { yield 1; }
foreach (iter() as $v) echo $v, "\n";
--EXPECT--
1: 4
3: 16
5: 36
7: 64
9: 100
1
2
3
0 1 1 2 3 5 8 13 21 34 55 89 144 233 377
[1,2,3]
[4,5,6]
[7]
1 0 2 1 3 1 
7,8,9,3
TypeError at call time
1
