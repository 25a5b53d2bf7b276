--TEST--
uncaught exception with the Debian defaults (logged to stderr)
--INI--
display_errors=0
log_errors=1
--FILE--
<?php
echo "out\n";
throw new Exception("to the log");
--EXPECTF--
out
PHP Fatal error:  Uncaught Exception: to the log in %s/tests/php/exceptions/uncaught_log.php:3
Stack trace:
#0 {main}
  thrown in %s/tests/php/exceptions/uncaught_log.php on line 3
