--TEST--
asort, arsort, ksort, krsort keep keys
--FILE--
<?php
$a = ['x' => 3, 'y' => 1, 'z' => 2, 'w' => 1];
$b = $a; asort($b); var_dump($b);
$b = $a; arsort($b); var_dump($b);
$b = $a; ksort($b); var_dump($b);
$b = $a; krsort($b); var_dump($b);
$m = [10 => 'a', '9' => 'b', 'x' => 'c', '1a' => 'd']; ksort($m); var_dump($m);
--EXPECT--
array(4) {
  ["y"]=>
  int(1)
  ["w"]=>
  int(1)
  ["z"]=>
  int(2)
  ["x"]=>
  int(3)
}
array(4) {
  ["x"]=>
  int(3)
  ["z"]=>
  int(2)
  ["y"]=>
  int(1)
  ["w"]=>
  int(1)
}
array(4) {
  ["w"]=>
  int(1)
  ["x"]=>
  int(3)
  ["y"]=>
  int(1)
  ["z"]=>
  int(2)
}
array(4) {
  ["z"]=>
  int(2)
  ["y"]=>
  int(1)
  ["x"]=>
  int(3)
  ["w"]=>
  int(1)
}
array(4) {
  [9]=>
  string(1) "b"
  [10]=>
  string(1) "a"
  ["1a"]=>
  string(1) "d"
  ["x"]=>
  string(1) "c"
}
