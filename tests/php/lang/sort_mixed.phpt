--TEST--
sorting numeric strings and mixed values
--FILE--
<?php
$a = ["10", "9", "2", "1", "1e1", "abc", "ABC", "0x1"]; sort($a); var_dump($a);
$b = [0.5, "0.25", 1, "1.0", true]; rsort($b); var_dump($b);
$c = ["b" => 1, "a" => 1, "c" => 0]; asort($c); var_dump($c);
--EXPECT--
array(8) {
  [0]=>
  string(3) "0x1"
  [1]=>
  string(1) "1"
  [2]=>
  string(1) "2"
  [3]=>
  string(1) "9"
  [4]=>
  string(2) "10"
  [5]=>
  string(3) "1e1"
  [6]=>
  string(3) "ABC"
  [7]=>
  string(3) "abc"
}
array(5) {
  [0]=>
  int(1)
  [1]=>
  string(3) "1.0"
  [2]=>
  float(0.5)
  [3]=>
  string(4) "0.25"
  [4]=>
  bool(true)
}
array(3) {
  ["c"]=>
  int(0)
  ["b"]=>
  int(1)
  ["a"]=>
  int(1)
}
