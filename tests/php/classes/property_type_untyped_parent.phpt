--TEST--
a property untyped in the parent may not gain a type
--FILE--
<?php
class A { public $p; }
class B extends A { public int $p; }
--EXPECTF--
Fatal error: Type of B::$p must not be defined (as in class A) in %s/tests/php/classes/property_type_untyped_parent.php on line 3
