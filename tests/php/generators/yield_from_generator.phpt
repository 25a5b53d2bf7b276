--TEST--
Generators: yield from another generator, keys, return values, started and finished inner generators
--FILE--
<?php
function inner($tag) {
    $got = yield "$tag-1";
    echo "inner received ", var_export($got, true), "\n";
    yield "$tag-2";
    return "$tag-result";
}
function outer() {
    yield 'o-1';
    $r = yield from inner('i');
    echo "yield from gave $r\n";
    $r2 = yield from inner('j');
    yield 'o-2' => $r2;
    return 'outer-result';
}
$g = outer();
foreach ($g as $k => $v) {
    echo "$k => $v\n";
}
echo $g->getReturn(), "\n";

$g = outer();
$g->current();
$g->next();
echo $g->current(), "\n";
echo $g->send('hello'), "\n";

function keys() { yield 5 => 'five'; yield 'six'; return 1; }
function wrap() { yield 'w0'; yield from keys(); yield 'w-next'; }
foreach (wrap() as $k => $v) echo "$k => $v\n";

// An inner generator already started: its current value comes first.
function numbers() { yield 1; yield 2; yield 3; return 'numbers done'; }
$n = numbers();
$n->next();
function take($gen) { $r = yield from $gen; echo "inner returned: $r\n"; }
foreach (take($n) as $v) echo "$v\n";

// An inner generator already finished cannot be delegated to, even if it returned.
function finished() { yield 1; return 'early'; }
$f = finished();
foreach ($f as $_) {}
function after($gen) { $r = yield from $gen; yield $r; }
try {
    foreach (after($f) as $v) echo "$v\n";
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}

// Nested delegation three levels deep.
function level($n) {
    if ($n === 0) {
        yield 'leaf';
        return 0;
    }
    $depth = yield from level($n - 1);
    yield "level $n";
    return $depth + 1;
}
$l = level(3);
foreach ($l as $v) echo "$v\n";
echo "depth ", $l->getReturn(), "\n";

// Exceptions thrown by the inner generator reach the outer one.
function bad() { yield 1; throw new Exception('inner failure'); }
function guard() {
    try {
        yield from bad();
    } catch (Exception $e) {
        echo "outer caught: ", $e->getMessage(), "\n";
        yield 'handled';
    }
}
foreach (guard() as $v) echo "$v\n";
// throw() reaches the innermost generator.
function in2() { try { yield 1; } catch (Exception $e) { echo "in2 caught ", $e->getMessage(), "\n"; yield 2; } }
function out2() { yield from in2(); yield 3; }
$o = out2();
$o->current();
echo $o->throw(new Exception('x')), "\n";
$o->next();
echo $o->current(), "\n";
--EXPECT--
0 => o-1
0 => i-1
inner received NULL
1 => i-2
yield from gave i-result
0 => j-1
inner received NULL
1 => j-2
o-2 => j-result
outer-result
i-1
inner received 'hello'
i-2
0 => w0
5 => five
6 => six
1 => w-next
2
3
inner returned: numbers done
Generator passed to yield from was aborted without proper return and is unable to continue
leaf
level 1
level 2
level 3
depth 3
1
outer caught: inner failure
handled
in2 caught x
2
3
