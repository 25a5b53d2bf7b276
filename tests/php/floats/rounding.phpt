--TEST--
round, floor, ceil and float formatting
--FILE--
<?php
var_dump(round(2.5), round(-2.5), round(1.955, 2), round(5.045, 2), round(5.055, 2), round(1234.5678, -2), round(3), floor(-1.5), ceil(-1.5), floor(5), ceil(4.0001), round(-0.4));
var_dump(round(1.45, 1), round(1.55, 1), round(PHP_INT_MAX), round("3.7"), round(0.285, 2));
--EXPECT--
float(3)
float(-3)
float(1.96)
float(5.05)
float(5.06)
float(1200)
float(3)
float(-2)
float(-1)
float(5)
float(5)
float(-0)
float(1.5)
float(1.6)
float(9.223372036854776E+18)
float(4)
float(0.29)
