--TEST--
parameter defaults from constant expressions are type-checked (and coerced) when taken
--FILE--
<?php
const NUL = null;
const STR = "12";
const BAD = "abc";
class K { const F = 1.5; }
function a(int $x = NUL) { return $x; }
function b(int $x = STR) { var_dump($x); }
function c(int $x = BAD) { return $x; }
function d(?int $x = NUL) { var_dump($x); }
function e(float $x = K::F, string $s = K::F) { var_dump($x, $s); }
try { a(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
b();
try { c(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
d();
e();
--EXPECTF--
a(): Argument #1 ($x) must be of type int, null given, called in %s/tests/php/types/const_expr_param_defaults.php on line 11
int(12)
c(): Argument #1 ($x) must be of type int, string given, called in %s/tests/php/types/const_expr_param_defaults.php on line 13
NULL
float(1.5)
string(3) "1.5"
