--TEST--
arithmetic operators on ints and floats
--FILE--
<?php
var_dump(7 + 3, 7 - 10, 6 * 7, 7 / 2, 8 / 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1, 2 ** 63, (-2) ** 2, -2 ** 2);
var_dump(1.5 + 1, 10 / 4, 0.1 + 0.2, 1e3 * 2, 7.5 % 2, fdiv(1, 0));
--EXPECTF--
int(10)
int(-3)
int(42)
float(3.5)
int(4)
int(1)
int(-1)
int(1)
int(1024)
float(0.5)
float(9.223372036854776E+18)
int(4)
int(-4)

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s/tests/php/ops/arithmetic.php on line 3
float(2.5)
float(2.5)
float(0.30000000000000004)
float(2000)
int(1)
float(INF)
