--TEST--
illegal offset types
--FILE--
<?php
$a = [];
try { $a[[]] = 1; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $a[new stdClass] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$a[1.5] = 'float key';
$a[true] = 'bool key';
var_dump($a);
--EXPECTF--
TypeError: Illegal offset type
Illegal offset type

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s/tests/php/arrays/array_as_string_key.php on line 5
array(1) {
  [1]=>
  string(8) "bool key"
}
