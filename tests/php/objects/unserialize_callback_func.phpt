--TEST--
unserialize_callback_func: called for an unknown class, warns when it did not define it, an Error when it does not exist; R: naming no value fails after the record
--FILE--
<?php
function define_it($name) { echo "callback($name)\n"; if ($name === 'Later') { eval('class Later { public $x; }'); } }
ini_set('unserialize_callback_func', 'define_it');
var_dump(unserialize('O:5:"Later":1:{s:1:"x";i:1;}'));
var_dump(unserialize('O:5:"Never":0:{}'));
ini_set('unserialize_callback_func', 'missing_function');
try { unserialize('O:3:"Foo":0:{}'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
ini_set('unserialize_callback_func', '');
var_dump(unserialize('a:1:{i:0;R:5;}'));
--EXPECTF--
callback(Later)
object(Later)#1 (1) {
  ["x"]=>
  int(1)
}
callback(Never)

Warning: unserialize(): Function define_it() hasn't defined the class it was called for in %s/tests/php/objects/unserialize_callback_func.php on line 5
object(__PHP_Incomplete_Class)#1 (1) {
  ["__PHP_Incomplete_Class_Name"]=>
  string(5) "Never"
}
Invalid callback missing_function, function "missing_function" not found or invalid function name

Notice: unserialize(): Error at offset 13 of 14 bytes in %s/tests/php/objects/unserialize_callback_func.php on line 9
bool(false)
