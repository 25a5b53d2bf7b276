--TEST--
nullable and union types
--FILE--
<?php
function n(?int $x) { var_dump($x); }
function u(int|string $x) { var_dump($x); }
function d(int|float $x) { var_dump($x); }
function def(?string $s = null) { var_dump($s); }
n(null); n(5); u(5); u("five"); u(5.0); d("5"); d("5.5"); d("1e2"); def(); def("x");
try { u([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function m(mixed $m) { var_dump($m); } m(null);
function arr(array|bool $a) { var_dump($a); } arr(false);
--EXPECTF--
NULL
int(5)
int(5)
string(4) "five"
int(5)
int(5)
float(5.5)
float(100)
NULL
string(1) "x"
u(): Argument #1 ($x) must be of type string|int, array given, called in %s/tests/php/func/nullable_union.php on line 7
NULL
bool(false)
