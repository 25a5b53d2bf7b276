--TEST--
parse error after inline HTML
--FILE--
hello
<?php
for ($i = 0; $i < 3; $i++ {
}
--EXPECTF--
Parse error: syntax error, unexpected token "{", expecting ")" in %s/tests/php/errors/parse_error_inline.php on line 3
