<?php
function add($a, $b = 10) { return $a + $b; }
echo add(1), " ", add(1, 2), "\n";
function fact($n) { return $n <= 1 ? 1 : $n * fact($n - 1); }
echo fact(20), "\n";
function inc(&$x) { $x++; }
$v = 1; inc($v); inc($v); echo $v, "\n";
function counter() { static $c = 0; return ++$c; }
counter(); counter(); echo counter(), "\n";
$g = 5;
function useGlobal() { global $g; $g *= 2; return $g; }
echo useGlobal(), " ", $g, "\n";
function variadic(...$xs) { return count($xs) . ":" . implode(",", $xs); }
echo variadic(1, 2, 3), "\n";
function args() { return func_num_args() . json_encode(func_get_args()); }
echo args(1, "a"), "\n";
function deep($n) { return $n == 0 ? 0 : 1 + deep($n - 1); }
echo deep(50000), "\n";
function named(int $a, int $b = 2, int $c = 3) { return "$a-$b-$c"; }
echo named(1, c: 9), "\n";
echo strlen("hello"), " ", function_exists("add") ? "y" : "n", function_exists("nope") ? "y" : "n", "\n";
function typed(int $x): string { return $x * 2; }
var_dump(typed("21"));
if (true) { function late() { return "late"; } }
echo late(), "\n";
