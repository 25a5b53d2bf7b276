--TEST--
Generators: yield as an expression, send(), send before the first yield, send returns the next value
--FILE--
<?php
function logger() {
    echo "begin\n";
    while (true) {
        $line = yield;
        if ($line === 'stop') {
            return 'stopped';
        }
        echo "log: ", var_export($line, true), "\n";
    }
}
$l = logger();
$l->send('one');
$l->send(2);
$l->send(null);
var_dump($l->send('stop'), $l->valid(), $l->getReturn());
var_dump($l->send('after close'));

function echoer() {
    $received = [];
    $x = yield 'first';
    $received[] = $x;
    $y = yield 'second';
    $received[] = $y;
    $z = yield 'third';
    $received[] = $z;
    return $received;
}
$e = echoer();
var_dump($e->current());
var_dump($e->send('A'));
var_dump($e->send('B'));
$e->next();
var_dump($e->getReturn());

$e = echoer();
var_dump($e->send('sent first'));
function acc() {
    $total = 0;
    while (true) {
        $total += yield $total;
    }
}
$a = acc();
foreach ([5, 10, 20] as $n) {
    echo $a->send($n), "\n";
}
function pair() { $r = yield 1 => 'a'; echo "got $r\n"; yield 2 => 'b'; }
$p = pair();
echo $p->key(), $p->current(), "\n";
echo $p->send('x'), $p->key(), "\n";
--EXPECT--
begin
log: 'one'
log: 2
log: NULL
NULL
bool(false)
string(7) "stopped"
NULL
string(5) "first"
string(6) "second"
string(5) "third"
array(3) {
  [0]=>
  string(1) "A"
  [1]=>
  string(1) "B"
  [2]=>
  NULL
}
string(6) "second"
5
15
35
1a
got x
b2
