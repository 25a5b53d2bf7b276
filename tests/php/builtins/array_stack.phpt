--TEST--
array_push, pop, shift, unshift
--FILE--
<?php
$s = [1, 2];
var_dump(array_push($s, 3, 4), $s, array_pop($s), $s, array_shift($s), $s, array_unshift($s, 'a', 'b'), $s);
$k = [5 => 'a', 'x' => 'b', 9 => 'c'];
array_shift($k); var_dump($k);
array_pop($k); $k[] = 'new'; var_dump($k);
$e = []; var_dump(array_pop($e), array_shift($e));
--EXPECT--
int(4)
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
int(4)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(1)
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
int(4)
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  int(2)
  [3]=>
  int(3)
}
array(2) {
  ["x"]=>
  string(1) "b"
  [0]=>
  string(1) "c"
}
array(2) {
  ["x"]=>
  string(1) "b"
  [0]=>
  string(3) "new"
}
NULL
NULL
