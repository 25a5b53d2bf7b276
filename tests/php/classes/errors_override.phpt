--TEST--
overriding a final method is a fatal error
--FILE--
<?php
class A { final public function f() {} }
echo "start\n";
if (true) { class B extends A { public function f() {} } }
--EXPECTF--
start

Fatal error: Cannot override final method A::f() in %s/tests/php/classes/errors_override.php on line 4
