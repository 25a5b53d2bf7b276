--TEST--
sort and rsort with flags
--FILE--
<?php
$a = [3, "10", 1, "2", 2.5]; sort($a); var_dump($a);
$b = ["b", "a", "C", "B"]; sort($b); var_dump($b);
$c = ["10", "9", "2", "1"]; sort($c, SORT_STRING); var_dump($c);
$d = [3, 1, 2]; rsort($d); var_dump($d);
$e = ["img12", "img10", "IMG2", "img1"]; sort($e, SORT_NATURAL | SORT_FLAG_CASE); var_dump($e);
$f = [1, "a", true, null, 0.5, "1"]; sort($f); var_dump($f);
var_dump(sort($f));
--EXPECT--
array(5) {
  [0]=>
  int(1)
  [1]=>
  string(1) "2"
  [2]=>
  float(2.5)
  [3]=>
  int(3)
  [4]=>
  string(2) "10"
}
array(4) {
  [0]=>
  string(1) "B"
  [1]=>
  string(1) "C"
  [2]=>
  string(1) "a"
  [3]=>
  string(1) "b"
}
array(4) {
  [0]=>
  string(1) "1"
  [1]=>
  string(2) "10"
  [2]=>
  string(1) "2"
  [3]=>
  string(1) "9"
}
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
array(4) {
  [0]=>
  string(4) "img1"
  [1]=>
  string(4) "IMG2"
  [2]=>
  string(5) "img10"
  [3]=>
  string(5) "img12"
}
array(6) {
  [0]=>
  NULL
  [1]=>
  int(1)
  [2]=>
  string(1) "a"
  [3]=>
  bool(true)
  [4]=>
  float(0.5)
  [5]=>
  string(1) "1"
}
bool(true)
