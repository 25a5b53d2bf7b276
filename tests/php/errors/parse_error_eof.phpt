--TEST--
parse error: unexpected end of file
--FILE--
<?php
function f() {
    echo "x";
--EXPECTF--
Parse error: Unclosed '{' on line 2 in %s/tests/php/errors/parse_error_eof.php on line 4
