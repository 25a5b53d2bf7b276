--TEST--
float literals with exponents
--FILE--
<?php
var_dump(1.5, .5, 5., 1e3, 1E3, 1.5e-3, 2e+2, 1_0.5_5, 1e308, 1e309, 0.1, 7.0E-10);
--EXPECT--
float(1.5)
float(0.5)
float(5)
float(1000)
float(1000)
float(0.0015)
float(200)
float(10.55)
float(1.0E+308)
float(INF)
float(0.1)
float(7.0E-10)
