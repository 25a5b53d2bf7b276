--TEST--
uncaught exception with a chain of three
--FILE--
<?php
function f() {
    try {
        try {
            throw new Error("first");
        } catch (Error $e) {
            throw new LogicException("second", 2, $e);
        }
    } catch (Exception $e) {
        throw new RuntimeException("third", 3, $e);
    }
}
f();
--EXPECTF--
Fatal error: Uncaught Error: first in %s/tests/php/exceptions/uncaught_chain.php:5
Stack trace:
#0 %s/tests/php/exceptions/uncaught_chain.php(13): f()
#1 {main}

Next LogicException: second in %s/tests/php/exceptions/uncaught_chain.php:7
Stack trace:
#0 %s/tests/php/exceptions/uncaught_chain.php(13): f()
#1 {main}

Next RuntimeException: third in %s/tests/php/exceptions/uncaught_chain.php:10
Stack trace:
#0 %s/tests/php/exceptions/uncaught_chain.php(13): f()
#1 {main}
  thrown in %s/tests/php/exceptions/uncaught_chain.php on line 10
