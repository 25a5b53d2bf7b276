--TEST--
INF, -INF and NAN
--FILE--
<?php
var_dump(INF, -INF, NAN, is_nan(NAN), is_infinite(-INF), is_finite(1.0), INF > PHP_INT_MAX, NAN == 0, 0 * INF);
echo INF, " ", -INF, " ", NAN, "\n";
var_dump(log(0), sqrt(-1), exp(1000), PHP_FLOAT_EPSILON, PHP_FLOAT_MAX, PHP_FLOAT_MIN, PHP_FLOAT_DIG);
--EXPECT--
float(INF)
float(-INF)
float(NAN)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
float(NAN)
INF -INF NAN
float(-INF)
float(NAN)
float(INF)
float(2.220446049250313E-16)
float(1.7976931348623157E+308)
float(2.2250738585072014E-308)
int(15)
