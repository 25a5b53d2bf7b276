<?php
$mult = 3;
$f = function ($x) use ($mult) { return $x * $mult; };
echo implode(",", array_map($f, [1, 2, 3])), "\n";
$total = 0;
$add = function ($x) use (&$total) { $total += $x; };
$add(5); $add(7);
echo $total, "\n";
$arrow = fn($x) => $x + $mult;
echo $arrow(10), "\n";
$data = [3, 1, 2];
usort($data, function ($a, $b) { return $a <=> $b; });
echo implode(",", $data), "\n";
function apply(callable $c, $v) { return $c($v); }
echo apply('strtoupper', "abc"), " ", apply($f, 4), "\n";
echo call_user_func_array('max', [4, 9, 2]), " ", call_user_func('min', 4, 9, 2), "\n";
$counter = function () { static $n = 0; return ++$n; };
$counter(); echo $counter(), "\n";
