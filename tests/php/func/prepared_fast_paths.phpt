--TEST--
Prepared fast paths fall back to the general handlers (overflow, strings, undefined variables, coercion)
--FILE--
<?php
function f($x) { return $x; }
function h(int $n) { return $n; }
function d(float $x) { return $x; }
function r(): int { return "5"; }
function fib(int $n): int { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
$i = PHP_INT_MAX; $i++; var_dump($i);
$s = PHP_INT_MAX; $s += 1; var_dump($s);
$m = PHP_INT_MIN; $m--; var_dump($m);
var_dump("5" + 3, 1.5 < 2, "a" == "a", 1 < 1.5, 2 == 2.0, 2 === 2.0, "10" < "9", null == 0, 7 % -1, 7 / 2, 6 / 3);
var_dump(f($undef));
var_dump(h("7"), h(2.0), d(3), r(), fib(15));
$a = 0.0; for ($k = 0; $k < 5; $k++) { $a += $k / 2; } var_dump($a);
$t = "x"; $t2 = $t; $t2 .= "y"; var_dump($t, $t2);
$arr = [1, 2]; $b = $arr; $b[] = 3; var_dump(count($arr), count($b));
$r = 1; $ref = &$r; $r = 5; $r += 2; $r++; var_dump($ref);
try { h("abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo intdiv(7, 2), " ", 1 <=> 2, "\n";
--EXPECTF--
float(9.223372036854776E+18)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
int(8)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
int(0)
float(3.5)
int(2)

Warning: Undefined variable $undef in %s/tests/php/func/prepared_fast_paths.php on line 11
NULL
int(7)
int(2)
float(3)
int(5)
int(610)
float(5)
string(1) "x"
string(2) "xy"
int(2)
int(3)
int(8)
h(): Argument #1 ($n) must be of type int, string given, called in %s/tests/php/func/prepared_fast_paths.php on line 17
3 -1
