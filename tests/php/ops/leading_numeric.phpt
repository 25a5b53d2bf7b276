--TEST--
leading-numeric strings warn, non-numeric throw
--FILE--
<?php
var_dump("12abc" + 1);
var_dump("3 apples" * 2);
try { var_dump("abc" + 1); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(1 + (int)"abc");
try { var_dump([] + 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(null + 5, true + true, false - 1);
--EXPECTF--
Warning: A non-numeric value encountered in %s/tests/php/ops/leading_numeric.php on line 2
int(13)

Warning: A non-numeric value encountered in %s/tests/php/ops/leading_numeric.php on line 3
int(6)
TypeError: Unsupported operand types: string + int
int(1)
Unsupported operand types: array + int
int(5)
int(2)
int(-1)
