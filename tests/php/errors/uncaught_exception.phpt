--TEST--
uncaught exception: message, trace, exit
--FILE--
<?php
function thrower($x) { throw new Exception("boom $x"); }
echo "start\n";
thrower(1);
echo "never\n";
--EXPECTF--
start

Fatal error: Uncaught Exception: boom 1 in %s/tests/php/errors/uncaught_exception.php:2
Stack trace:
#0 %s/tests/php/errors/uncaught_exception.php(4): thrower(1)
#1 {main}
  thrown in %s/tests/php/errors/uncaught_exception.php on line 2
