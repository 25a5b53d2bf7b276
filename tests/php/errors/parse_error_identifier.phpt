--TEST--
parse error: unexpected identifier
--FILE--
<?php
function 1abc() {}
--EXPECTF--
Parse error: syntax error, unexpected integer "1", expecting "(" in %s/tests/php/errors/parse_error_identifier.php on line 2
