--TEST--
an intersection may only hold class types
--FILE--
<?php
function f(Countable&int $x) {}
--EXPECTF--
Fatal error: Type int cannot be part of an intersection type in %s/tests/php/func/type_intersection_builtin.php on line 2
