--TEST--
fractional float to int parameter
--FILE--
<?php
function i(int $x) { return $x; }
try { var_dump(i(1.5)); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(i(2.0));
var_dump(i("2.0"));
--EXPECTF--
Deprecated: Implicit conversion from float 1.5 to int loses precision in %s/tests/php/func/float_to_int_deprecation.php on line 2
int(1)
int(2)
int(2)
