--TEST--
Generators: yield values, auto keys, foreach, return and getReturn
--FILE--
<?php
function counter($from, $to) {
    echo "[start]\n";
    for ($i = $from; $i <= $to; $i++) {
        yield $i;
    }
    echo "[end]\n";
    return $to - $from + 1;
}
$g = counter(3, 5);
echo get_class($g), "\n";
var_dump($g instanceof Traversable, $g instanceof Iterator);
echo "created\n";
foreach ($g as $k => $v) {
    echo "$k => $v\n";
}
var_dump($g->valid(), $g->current(), $g->key());
echo "returned ", $g->getReturn(), "\n";
function nothing() { return 7; yield; }
$n = nothing();
var_dump($n->valid(), $n->getReturn());
function noreturn() { yield 1; }
$n = noreturn();
foreach ($n as $v) {}
var_dump($n->getReturn());
function yield_null() { yield; yield; }
foreach (yield_null() as $k => $v) { var_dump($k, $v); }
$g = counter(1, 2);
var_dump($g->current());
$g->next();
var_dump($g->key(), $g->current());
$g->next();
var_dump($g->valid(), $g->current(), $g->key());
$g->next();
var_dump($g->valid());
--EXPECT--
Generator
bool(true)
bool(true)
created
[start]
0 => 3
1 => 4
2 => 5
[end]
bool(false)
NULL
NULL
returned 3
bool(false)
int(7)
NULL
int(0)
NULL
int(1)
NULL
[start]
int(1)
int(1)
int(2)
[end]
bool(false)
NULL
NULL
bool(false)
