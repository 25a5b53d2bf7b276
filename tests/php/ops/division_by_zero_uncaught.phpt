--TEST--
uncaught division by zero
--FILE--
<?php
echo "before\n";
$x = 0;
echo 10 / $x;
echo "not reached\n";
--EXPECTF--
before

Fatal error: Uncaught DivisionByZeroError: Division by zero in %s/tests/php/ops/division_by_zero_uncaught.php:4
Stack trace:
#0 {main}
  thrown in %s/tests/php/ops/division_by_zero_uncaught.php on line 4
