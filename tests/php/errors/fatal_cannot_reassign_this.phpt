--TEST--
assigning to a constant expression
--FILE--
<?php
const X = 1;
X = 2;
--EXPECTF--
Parse error: syntax error, unexpected token "=" in %s/tests/php/errors/fatal_cannot_reassign_this.php on line 3
