--TEST--
parse error: unexpected string content
--FILE--
<?php
echo "a" "b";
--EXPECTF--
Parse error: syntax error, unexpected double-quoted string "b", expecting "," or ";" in %s/tests/php/errors/parse_error_string.php on line 2
