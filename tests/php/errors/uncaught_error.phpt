--TEST--
uncaught Error from an undefined function
--FILE--
<?php
function a() { b(); }
function b() { undefined_function_here(); }
a();
--EXPECTF--
Fatal error: Uncaught Error: Call to undefined function undefined_function_here() in %s/tests/php/errors/uncaught_error.php:3
Stack trace:
#0 %s/tests/php/errors/uncaught_error.php(2): b()
#1 %s/tests/php/errors/uncaught_error.php(4): a()
#2 {main}
  thrown in %s/tests/php/errors/uncaught_error.php on line 3
