--TEST--
count, array_keys, array_values, array_merge
--FILE--
<?php
$a = ['x' => 1, 2, 3, 'y' => 4];
var_dump(count($a), array_keys($a), array_values($a), array_keys($a, 3), array_merge($a, ['x' => 'X', 5]), array_merge(), array_merge([3 => 'a'], [3 => 'b']));
var_dump(array_merge(['a' => 1], ['a' => 2, 'b' => 3]), [1, 2] + [5, 6, 7], array_combine(['a', 'b'], [1, 2]), array_fill(5, 3, 'v'), array_fill_keys(['a', 'b'], 0));
--EXPECT--
int(4)
array(4) {
  [0]=>
  string(1) "x"
  [1]=>
  int(0)
  [2]=>
  int(1)
  [3]=>
  string(1) "y"
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
array(1) {
  [0]=>
  int(1)
}
array(5) {
  ["x"]=>
  string(1) "X"
  [0]=>
  int(2)
  [1]=>
  int(3)
  ["y"]=>
  int(4)
  [2]=>
  int(5)
}
array(0) {
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(2) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(3)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(7)
}
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
array(3) {
  [5]=>
  string(1) "v"
  [6]=>
  string(1) "v"
  [7]=>
  string(1) "v"
}
array(2) {
  ["a"]=>
  int(0)
  ["b"]=>
  int(0)
}
