--TEST--
~ on a float that is not an integer value warns as other int conversions do
--FILE--
<?php
$vals = [1.0, 2.5, -3.9, 9223372036854775807 + 1, 1e30];
foreach ($vals as $v) { var_dump(~$v); }
--EXPECTF--
int(-2)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s/tests/php/ops/bitwise_not_float.php on line 3
int(-3)

Deprecated: Implicit conversion from float -3.9 to int loses precision in %s/tests/php/ops/bitwise_not_float.php on line 3
int(2)

Deprecated: Implicit conversion from float 9.223372036854776E+18 to int loses precision in %s/tests/php/ops/bitwise_not_float.php on line 3
int(9223372036854775807)

Deprecated: Implicit conversion from float 1.0E+30 to int loses precision in %s/tests/php/ops/bitwise_not_float.php on line 3
int(-5076964154930102273)
