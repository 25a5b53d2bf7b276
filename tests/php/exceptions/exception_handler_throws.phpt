--TEST--
an exception handler that throws
--FILE--
<?php
set_exception_handler(function ($e) {
    echo "handler got ", $e->getMessage(), "\n";
    throw new LogicException("from handler");
});
throw new Exception("original");
--EXPECTF--
handler got original

Fatal error: Uncaught LogicException: from handler in %s/tests/php/exceptions/exception_handler_throws.php:4
Stack trace:
#0 [internal function]: {closure}(Object(Exception))
#1 {main}
  thrown in %s/tests/php/exceptions/exception_handler_throws.php on line 4
