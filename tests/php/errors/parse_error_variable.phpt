--TEST--
parse error: unexpected variable
--FILE--
<?php
$a = 1
$b = 2;
--EXPECTF--
Parse error: syntax error, unexpected variable "$b" in %s/tests/php/errors/parse_error_variable.php on line 3
