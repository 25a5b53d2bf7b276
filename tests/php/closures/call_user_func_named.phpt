--TEST--
call_user_func(_array) with named arguments; named args collected by variadics
--FILE--
<?php
function f($a, $b = 'B', $c = 'C') { return "$a $b $c"; }
echo call_user_func('f', 1, c: 3), "\n";
echo call_user_func_array('f', ['a' => 1, 'c' => 3]), "\n";
echo call_user_func_array('f', [1, 'c' => 3]), "\n";
function v(...$args) { var_dump($args); }
v(1, 2, x: 3, y: 4);
call_user_func_array('v', [1, 'k' => 2]);
call_user_func('v', 1, named: 2);
try { call_user_func_array('f', ['a' => 1, 'zz' => 2]); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { call_user_func_array('f', ['a' => 1, 2]); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function g($x, ...$rest) { return func_num_args() . " " . json_encode(func_get_args()) . " " . json_encode($rest); }
echo g(1, 2, 3), "\n";
echo g(1, k: 2), "\n";
--EXPECT--
1 B 3
1 B 3
1 B 3
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  ["x"]=>
  int(3)
  ["y"]=>
  int(4)
}
array(2) {
  [0]=>
  int(1)
  ["k"]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  ["named"]=>
  int(2)
}
Error: Unknown named parameter $zz
Error: Cannot use positional argument after named argument
3 [1,2,3] [2,3]
1 [1] {"k":2}
