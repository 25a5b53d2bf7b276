<?php
echo $undefined;
echo "after\n";
try {
    echo 1 % 0;
} catch (DivisionByZeroError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    throw new InvalidArgumentException("bad", 42);
} catch (LogicException $e) {
    echo $e->getMessage(), " ", $e->getCode(), " ", $e->getLine(), "\n";
} finally {
    echo "finally\n";
}
function thrower() { throw new RuntimeException("deep"); }
try { thrower(); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
$r = @$nope["x"];
var_dump($r);
function handler($no, $str) { echo "handler: $str\n"; return true; }
set_error_handler("handler");
echo $undef2;
restore_error_handler();
echo match(3) { 1, 2 => "low", 3 => "three", default => "other" }, "\n";
function f($x) { return intdiv($x, 0); }
f(5);
echo "not reached\n";
