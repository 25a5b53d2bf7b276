--TEST--
a null default for a union-typed property: the nullable type suggested is the union with null
--FILE--
<?php
class A { public int|string $p = null; }
--EXPECTF--
Fatal error: Default value for property of type string|int may not be null. Use the nullable type string|int|null to allow null default value in %s/tests/php/errors/property_null_default_union.php on line 2
