--TEST--
including a file with a syntax error
--FILE--
<?php
echo "before\n";
include __DIR__ . '/../include/syntax_error.php';
echo "after\n";
--EXPECTF--
before

Parse error: syntax error, unexpected token "echo", expecting "," or ";" in %s/tests/php/include/syntax_error.php on line 3
