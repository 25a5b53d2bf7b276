--TEST--
uncaught TypeError from a typed parameter
--FILE--
<?php
function f(int $i) { return $i; }
f("not a number");
--EXPECTF--
Fatal error: Uncaught TypeError: f(): Argument #1 ($i) must be of type int, string given, called in %s/tests/php/errors/uncaught_typeerror.php on line 3 and defined in %s/tests/php/errors/uncaught_typeerror.php:2
Stack trace:
#0 %s/tests/php/errors/uncaught_typeerror.php(3): f('not a number')
#1 {main}
  thrown in %s/tests/php/errors/uncaught_typeerror.php on line 2
