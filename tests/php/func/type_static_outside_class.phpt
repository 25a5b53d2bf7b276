--TEST--
static as a return type outside a class
--FILE--
<?php
function f(): static {}
--EXPECTF--
Fatal error: Cannot use "static" when no class scope is active in %s/tests/php/func/type_static_outside_class.php on line 2
