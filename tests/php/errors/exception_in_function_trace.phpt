--TEST--
stack trace of nested calls with arguments
--FILE--
<?php
function level3($a, $b) { throw new RuntimeException("deep"); }
function level2($arr) { level3("a string that is quite long", 42); }
function level1() { level2([1, 2]); }
level1();
--EXPECTF--
Fatal error: Uncaught RuntimeException: deep in %s/tests/php/errors/exception_in_function_trace.php:2
Stack trace:
#0 %s/tests/php/errors/exception_in_function_trace.php(3): level3('a string that i...', 42)
#1 %s/tests/php/errors/exception_in_function_trace.php(4): level2(Array)
#2 %s/tests/php/errors/exception_in_function_trace.php(5): level1()
#3 {main}
  thrown in %s/tests/php/errors/exception_in_function_trace.php on line 2
