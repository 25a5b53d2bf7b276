--TEST--
array_sum, reverse, search, range, unique, flip
--FILE--
<?php
var_dump(array_sum([1, 2, 3.5]), array_sum([]), array_sum(["3", "x" => 4]), array_product([2, "3", 4]), array_product([]));
var_dump(array_reverse([1, 2, 3]), array_reverse(['a' => 1, 2, 3], true), array_reverse(['x' => 1, 5 => 2]));
var_dump(in_array("1e1", ["10"]), in_array(0, ["a"]), in_array(null, [0]), in_array(null, [0], true), array_search("b", ["a", "b"]), array_search("z", ["a"]));
var_dump(array_key_exists(1, [1 => null]), array_key_exists("1", [1 => 0]), isset([1 => null][1]), array_unique([1, "1", 2, 2.0, 'a', 'A']), array_count_values(['a', 'b', 'a', 1, '1']));
--EXPECT--
float(6.5)
int(0)
int(7)
int(24)
int(1)
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
array(3) {
  [1]=>
  int(3)
  [0]=>
  int(2)
  ["a"]=>
  int(1)
}
array(2) {
  [0]=>
  int(2)
  ["x"]=>
  int(1)
}
bool(true)
bool(false)
bool(true)
bool(false)
int(1)
bool(false)
bool(true)
bool(true)
bool(false)
array(4) {
  [0]=>
  int(1)
  [2]=>
  int(2)
  [4]=>
  string(1) "a"
  [5]=>
  string(1) "A"
}
array(3) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
  [1]=>
  int(2)
}
