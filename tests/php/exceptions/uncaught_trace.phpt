--TEST--
uncaught exception from a nested call
--FILE--
<?php
function inner($n) { throw new DomainException("bad value $n"); }
function outer() { inner(42); }
echo "start\n";
outer();
--EXPECTF--
start

Fatal error: Uncaught DomainException: bad value 42 in %s/tests/php/exceptions/uncaught_trace.php:2
Stack trace:
#0 %s/tests/php/exceptions/uncaught_trace.php(3): inner(42)
#1 %s/tests/php/exceptions/uncaught_trace.php(5): outer()
#2 {main}
  thrown in %s/tests/php/exceptions/uncaught_trace.php on line 2
