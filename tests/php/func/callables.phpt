--TEST--
callable strings and call_user_func
--FILE--
<?php
function double($x) { return $x * 2; }
$f = 'double';
echo $f(4), " ", call_user_func('double', 5), " ", call_user_func_array('double', [6]), " ", call_user_func_array($f, ['x' => 7]), "\n";
var_dump(is_callable('double'), is_callable('nope'), function_exists('DOUBLE'), function_exists('strlen'));
echo implode(",", array_map('strtoupper', ['a', 'b'])), "\n";
$fc = strlen(...);
echo $fc("four"), "\n";
--EXPECT--
8 10 12 14
bool(true)
bool(false)
bool(true)
bool(true)
A,B
4
