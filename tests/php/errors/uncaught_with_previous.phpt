--TEST--
uncaught exception with a previous exception
--FILE--
<?php
try { throw new LogicException("the cause"); }
catch (Exception $e) { throw new RuntimeException("the effect", 5, $e); }
--EXPECTF--
Fatal error: Uncaught LogicException: the cause in %s/tests/php/errors/uncaught_with_previous.php:2
Stack trace:
#0 {main}

Next RuntimeException: the effect in %s/tests/php/errors/uncaught_with_previous.php:3
Stack trace:
#0 {main}
  thrown in %s/tests/php/errors/uncaught_with_previous.php on line 3
