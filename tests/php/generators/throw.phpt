--TEST--
Generators: throw() into a generator, caught, rethrown, into a closed one, non-throwable
--FILE--
<?php
function catcher() {
    while (true) {
        try {
            $v = yield;
            echo "value $v\n";
        } catch (RuntimeException $e) {
            echo "caught ", $e->getMessage(), "\n";
            yield 'recovered';
        }
    }
}
$g = catcher();
$g->send(1);
var_dump($g->throw(new RuntimeException('boom')));
$g->send(2);

function thrower() {
    try {
        yield 1;
        yield 2;
    } finally {
        echo "finally\n";
    }
}
$g = thrower();
try {
    $g->throw(new LogicException('not started'));
} catch (LogicException $e) {
    echo "rethrown: ", $e->getMessage(), "\n";
}
var_dump($g->valid());
try {
    $g->throw(new Exception('closed'));
} catch (Exception $e) {
    echo "from closed: ", $e->getMessage(), "\n";
}
function converter() {
    try {
        yield 1;
    } catch (Exception $e) {
        throw new DomainException('converted: ' . $e->getMessage());
    }
}
$g = converter();
$g->current();
try {
    $g->throw(new Exception('orig'));
} catch (DomainException $e) {
    echo get_class($e), ' ', $e->getMessage(), "\n";
}
try {
    $g = catcher();
    $g->throw(new stdClass);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
function inner_throws() {
    yield 1;
    throw new Exception('from inside');
}
try {
    foreach (inner_throws() as $v) { echo "v=$v\n"; }
} catch (Exception $e) {
    echo "foreach got ", $e->getMessage(), "\n";
}
$g = inner_throws();
$g->current();
try { $g->next(); } catch (Exception $e) { echo "next got ", $e->getMessage(), "\n"; }
var_dump($g->valid(), $g->current());
--EXPECT--
value 1
caught boom
string(9) "recovered"
finally
rethrown: not started
bool(false)
from closed: closed
DomainException converted: orig
Generator::throw(): Argument #1 ($exception) must be of type Throwable, stdClass given
v=1
foreach got from inside
next got from inside
bool(false)
NULL
