--TEST--
var_dump of floats uses serialize_precision=-1
--FILE--
<?php
var_dump(0.1 + 0.2, 1/3, 1e15, 1e25, -0.0, 1.0, 100.0, 1e-7, 2.5e-5, 1.5e300, 7.0E-10, 123456789.12345678, 0.1, -1.5);
--EXPECT--
float(0.30000000000000004)
float(0.3333333333333333)
float(1000000000000000)
float(1.0E+25)
float(-0)
float(1)
float(100)
float(1.0E-7)
float(2.5E-5)
float(1.5E+300)
float(7.0E-10)
float(123456789.12345678)
float(0.1)
float(-1.5)
