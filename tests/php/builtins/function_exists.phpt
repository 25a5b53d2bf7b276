--TEST--
function_exists, is_callable, call_user_func
--FILE--
<?php
function my_fn($a, $b = 'd') { return "$a-$b"; }
var_dump(function_exists('my_fn'), function_exists('MY_FN'), function_exists('strlen'), function_exists('no_such'), is_callable('my_fn'));
var_dump(call_user_func('my_fn', 1), call_user_func_array('my_fn', [1, 2]), call_user_func('strtoupper', 'x'), call_user_func(fn() => 'closure'));
var_dump(call_user_func_array('my_fn', ['b' => 'B', 'a' => 'A']));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
string(3) "1-d"
string(3) "1-2"
string(1) "X"
string(7) "closure"
string(3) "A-B"
