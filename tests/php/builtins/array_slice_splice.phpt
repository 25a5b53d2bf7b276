--TEST--
array_slice and array_splice
--FILE--
<?php
$a = ['a', 'b', 'c', 'd', 'e'];
var_dump(array_slice($a, 1, 2), array_slice($a, -2), array_slice($a, 1, -1), array_slice($a, 2, null, true), array_slice(['x' => 1, 5 => 2, 3], 1));
$b = $a; $removed = array_splice($b, 1, 2); var_dump($removed, $b);
$c = $a; array_splice($c, 1, 0, ['X', 'Y']); var_dump($c);
$d = $a; array_splice($d, -1, 1, 'Z'); var_dump($d);
$e = $a; array_splice($e, 2); var_dump($e);
--EXPECT--
array(2) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "d"
  [1]=>
  string(1) "e"
}
array(3) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "c"
  [2]=>
  string(1) "d"
}
array(3) {
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
  [4]=>
  string(1) "e"
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(2) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "c"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "d"
  [2]=>
  string(1) "e"
}
array(7) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "X"
  [2]=>
  string(1) "Y"
  [3]=>
  string(1) "b"
  [4]=>
  string(1) "c"
  [5]=>
  string(1) "d"
  [6]=>
  string(1) "e"
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
  string(1) "Z"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
