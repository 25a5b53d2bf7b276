--TEST--
A built-in's own trace frame shows no arguments under zend.exception_ignore_args=1 (Debian's php.ini), and shows them with -n's default 0
--INI--
zend.exception_ignore_args=1
--FILE--
<?php
function f($a) { return array_combine([1], [$a, 2]); }
try { f(5); } catch (ValueError $e) { echo $e->getTraceAsString(), "\n"; var_dump(array_keys($e->getTrace()[0])); }
ini_set('zend.exception_ignore_args', '0');
try { f(5); } catch (ValueError $e) { echo $e->getTraceAsString(), "\n"; }
--EXPECTF--
#0 %s/tests/php/exceptions/native_frame_args_hidden.php(2): array_combine()
#1 %s/tests/php/exceptions/native_frame_args_hidden.php(3): f()
#2 {main}
array(3) {
  [0]=>
  string(4) "file"
  [1]=>
  string(4) "line"
  [2]=>
  string(8) "function"
}
#0 %s/tests/php/exceptions/native_frame_args_hidden.php(2): array_combine(Array, Array)
#1 %s/tests/php/exceptions/native_frame_args_hidden.php(5): f(5)
#2 {main}
