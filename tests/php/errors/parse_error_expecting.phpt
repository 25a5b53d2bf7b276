--TEST--
parse error with an expected token
--FILE--
<?php
if (true {
}
--EXPECTF--
Parse error: syntax error, unexpected token "}" in %s/tests/php/errors/parse_error_expecting.php on line 3
