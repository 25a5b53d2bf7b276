--TEST--
Generators: PHP's errors for misuse
--FILE--
<?php
function g() { yield 1; yield 2; }
function check(callable $f) {
    try {
        $f();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$gen = g();
foreach ($gen as $v) {}
check(function () use ($gen) { foreach ($gen as $v) {} });
$gen = g();
$gen->current();
check(function () use ($gen) { $gen->rewind(); });
$gen->next();
check(function () use ($gen) { $gen->rewind(); });
check(function () use ($gen) { foreach ($gen as $v) {} });
check(function () { $x = g(); $x->getReturn(); });
check(function () { new Generator; });
check(function () { foreach (g() as &$v) {} });
function self_resume() {
    global $me;
    yield 1;
    $me->next();
}
$me = self_resume();
$me->current();
check(function () use ($me) { $me->next(); });
function from_int() { yield from 42; }
check(function () { from_int()->current(); });
function aborted() { yield 1; throw new Exception('abort'); }
$a = aborted();
check(function () use ($a) { foreach ($a as $v) {} });
function from_aborted($a) { yield from $a; }
check(function () use ($a) { from_aborted($a)->current(); });
function from_self() { global $s; yield 1; yield from $s; }
$s = from_self();
$s->current();
check(function () use ($s) { $s->next(); });
check(function () { $g = g(); $g->send(1, 2); });
--EXPECT--
Exception: Cannot traverse an already closed generator
no error
Exception: Cannot rewind a generator that was already run
Exception: Cannot rewind a generator that was already run
Exception: Cannot get return value of a generator that hasn't returned
Error: The "Generator" class is reserved for internal use and cannot be manually instantiated
Exception: You can only iterate a generator by-reference if it declared that it yields by-reference
Error: Cannot resume an already running generator
Error: Can use "yield from" only with arrays and Traversables
Exception: abort
Error: Generator passed to yield from was aborted without proper return and is unable to continue
Error: Impossible to yield from the Generator being currently run
ArgumentCountError: Generator::send() expects exactly 1 argument, 2 given
