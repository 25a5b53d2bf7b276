--TEST--
a void function must not return a value
--FILE--
<?php
function f(): void { return 1; }
--EXPECTF--
Fatal error: A void function must not return a value in %s/tests/php/errors/fatal_return_void.php on line 2
