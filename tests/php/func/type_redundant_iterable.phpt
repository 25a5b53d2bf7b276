--TEST--
iterable is Traversable|array when checking a union for duplicates
--FILE--
<?php
echo "not printed\n";
function f(iterable|Traversable|ArrayAccess $x) {}
--EXPECTF--
Fatal error: Duplicate type Traversable is redundant in %s/tests/php/func/type_redundant_iterable.php on line 3
