--TEST--
parse error: unexpected token
--FILE--
<?php
echo "never printed";
$x = ;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s/tests/php/errors/parse_error_unexpected.php on line 3
