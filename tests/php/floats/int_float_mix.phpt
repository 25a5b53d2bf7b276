--TEST--
int and float mixing in arithmetic
--FILE--
<?php
var_dump(1 + 1.0, 10 / 5, 10 / 4, 2 ** 0.5, 4 ** 0.5, 10 % 3.5, intdiv(10, 3), 7 <=> 7.0, 0.1 * 3, 1e3 === 1000.0, (float)PHP_INT_MAX);
--EXPECTF--
Deprecated: Implicit conversion from float 3.5 to int loses precision in %s/tests/php/floats/int_float_mix.php on line 2
float(2)
int(2)
float(2.5)
float(1.4142135623730951)
float(2)
int(1)
int(3)
int(0)
float(0.30000000000000004)
bool(true)
float(9.223372036854776E+18)
