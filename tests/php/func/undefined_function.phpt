--TEST--
calling an undefined function
--FILE--
<?php
echo "a\n";
try { undefined_fn(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
nope_fn(1, 2);
--EXPECTF--
a
Error: Call to undefined function undefined_fn()

Fatal error: Uncaught Error: Call to undefined function nope_fn() in %s/tests/php/func/undefined_function.php:4
Stack trace:
#0 {main}
  thrown in %s/tests/php/func/undefined_function.php on line 4
