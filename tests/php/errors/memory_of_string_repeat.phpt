--TEST--
str_repeat with a negative count throws ValueError
--FILE--
<?php
try { str_repeat("x", -1); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
str_repeat("x", -1);
--EXPECTF--
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0

Fatal error: Uncaught ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0 in %s/tests/php/errors/memory_of_string_repeat.php:3
Stack trace:
#0 %s/tests/php/errors/memory_of_string_repeat.php(3): str_repeat('x', -1)
#1 {main}
  thrown in %s/tests/php/errors/memory_of_string_repeat.php on line 3
