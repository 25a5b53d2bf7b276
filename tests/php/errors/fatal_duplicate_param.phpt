--TEST--
redefinition of a parameter
--FILE--
<?php
function f($a, $a) {}
--EXPECTF--
Fatal error: Redefinition of parameter $a in %s/tests/php/errors/fatal_duplicate_param.php on line 2
