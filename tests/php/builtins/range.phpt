--TEST--
range with ints, floats, chars and steps
--FILE--
<?php
var_dump(range(1, 5), range(5, 1, 2), range(0, 1, 0.25), range('a', 'e'), range('e', 'a', 2), range(10, 10));
var_dump(range('A', 'z', 10), range(1, 2, -1), range('1', '3'), range(0.5, 2));
try { range(1, 5, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
  [4]=>
  int(5)
}
array(3) {
  [0]=>
  int(5)
  [1]=>
  int(3)
  [2]=>
  int(1)
}
array(5) {
  [0]=>
  float(0)
  [1]=>
  float(0.25)
  [2]=>
  float(0.5)
  [3]=>
  float(0.75)
  [4]=>
  float(1)
}
array(5) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
  [4]=>
  string(1) "e"
}
array(3) {
  [0]=>
  string(1) "e"
  [1]=>
  string(1) "c"
  [2]=>
  string(1) "a"
}
array(1) {
  [0]=>
  int(10)
}
array(6) {
  [0]=>
  string(1) "A"
  [1]=>
  string(1) "K"
  [2]=>
  string(1) "U"
  [3]=>
  string(1) "_"
  [4]=>
  string(1) "i"
  [5]=>
  string(1) "s"
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) {
  [0]=>
  float(0.5)
  [1]=>
  float(1.5)
}
range(): Argument #3 ($step) must not exceed the specified range
