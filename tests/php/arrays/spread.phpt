--TEST--
array unpacking with ... including string keys
--FILE--
<?php
$a = [1, 2]; $b = ['x' => 'y', 3];
var_dump([...$a, ...$b, 4, ...[5]]);
var_dump(['x' => 1, ...['x' => 2, 'y' => 3]]);
function gen() { yield 1; yield 2; }
--EXPECT--
array(6) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  ["x"]=>
  string(1) "y"
  [2]=>
  int(3)
  [3]=>
  int(4)
  [4]=>
  int(5)
}
array(2) {
  ["x"]=>
  int(2)
  ["y"]=>
  int(3)
}
