--TEST--
array_chunk, pad, column, diff, intersect, key first/last
--FILE--
<?php
var_dump(array_chunk([1, 2, 3, 4, 5], 2), array_chunk(['a' => 1, 'b' => 2], 1, true), array_pad([1], 3, 0), array_pad([1], -3, 0));
$rows = [['id' => 1, 'n' => 'a'], ['id' => 2, 'n' => 'b']];
var_dump(array_column($rows, 'n'), array_column($rows, 'n', 'id'), array_diff([1, 2, 3, 4], [2, 4]), array_diff_key(['a' => 1, 'b' => 2], ['a' => 9]), array_intersect([1, 2, 3], [2, 3, 4]), array_intersect_key(['a' => 1, 'b' => 2], ['b' => 0]));
var_dump(array_key_first([]), array_key_first(['x' => 1, 'y' => 2]), array_key_last([1, 2, 3]), array_is_list([1, 2]), array_is_list([1 => 1]), array_flip(['a', 'b']));
--EXPECT--
array(3) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [1]=>
  array(2) {
    [0]=>
    int(3)
    [1]=>
    int(4)
  }
  [2]=>
  array(1) {
    [0]=>
    int(5)
  }
}
array(2) {
  [0]=>
  array(1) {
    ["a"]=>
    int(1)
  }
  [1]=>
  array(1) {
    ["b"]=>
    int(2)
  }
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(0)
  [2]=>
  int(0)
}
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(0)
  [2]=>
  int(1)
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(2) {
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
}
array(2) {
  [0]=>
  int(1)
  [2]=>
  int(3)
}
array(1) {
  ["b"]=>
  int(2)
}
array(2) {
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(1) {
  ["b"]=>
  int(2)
}
NULL
string(1) "x"
int(2)
bool(true)
bool(false)
array(2) {
  ["a"]=>
  int(0)
  ["b"]=>
  int(1)
}
