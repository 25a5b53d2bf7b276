--TEST--
A variance check that needs a class that never comes is a fatal error naming it
--FILE--
<?php
interface Y {}
class P { public function m(): X&Y {} }
class Q extends P { public function m(): Y&Missing {} }
echo "not reached\n";
--EXPECTF--
Fatal error: Could not check compatibility between Q::m(): Y&Missing and P::m(): X&Y, because class Missing is not available in %s/tests/php/types/variance_unavailable_class.php on line 4
