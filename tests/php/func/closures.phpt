--TEST--
closures, use by value and by reference, arrow functions
--FILE--
<?php
$x = 1;
$byVal = function () use ($x) { return $x; };
$byRef = function () use (&$x) { return ++$x; };
$x = 10;
echo $byVal(), " ", $byRef(), " ", $x, "\n";
$mul = fn($a) => $a * $x;
$x = 100;
echo $mul(2), "\n";
$adder = function ($a) { return function ($b) use ($a) { return $a + $b; }; };
echo $adder(1)(2), "\n";
$nested = fn($a) => fn($b) => $a . $b;
echo $nested("a")("b"), "\n";
echo (function () { return func_num_args(); })(1, 2, 3), "\n";
$rec = function ($n) use (&$rec) { return $n ? $n + $rec($n - 1) : 0; };
echo $rec(10), "\n";
--EXPECT--
1 11 11
22
3
ab
3
55
