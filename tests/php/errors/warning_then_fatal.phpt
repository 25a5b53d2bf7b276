--TEST--
warnings before an uncaught error keep their order
--FILE--
<?php
echo "line1\n";
echo $u;
echo "line2\n";
throw new Exception("end");
--EXPECTF--
line1

Warning: Undefined variable $u in %s/tests/php/errors/warning_then_fatal.php on line 3
line2

Fatal error: Uncaught Exception: end in %s/tests/php/errors/warning_then_fatal.php:5
Stack trace:
#0 {main}
  thrown in %s/tests/php/errors/warning_then_fatal.php on line 5
