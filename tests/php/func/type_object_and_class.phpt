--TEST--
a union of object and a class is refused, listed in Zend order
--FILE--
<?php
echo "not printed\n";
function f(): object|iterable|Foo|null {}
--EXPECTF--
Fatal error: Type Traversable|Foo|object|array|null contains both object and a class type, which is redundant in %s/tests/php/func/type_object_and_class.php on line 3
