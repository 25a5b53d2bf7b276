--TEST--
array functions on associative arrays
--FILE--
<?php
$a = ['b' => 2, 'a' => 1, 'c' => 3];
var_dump(array_keys($a), array_values($a), array_flip($a), array_search(2, $a), in_array("3", $a), in_array("3", $a, true), array_key_last($a));
--EXPECT--
array(3) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "c"
}
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(1)
  [2]=>
  int(3)
}
array(3) {
  [2]=>
  string(1) "b"
  [1]=>
  string(1) "a"
  [3]=>
  string(1) "c"
}
string(1) "b"
bool(true)
bool(false)
string(1) "c"
