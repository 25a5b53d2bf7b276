--TEST--
copying an array keeps element references shared
--FILE--
<?php
$x = 1;
$a = [&$x, 2];
$b = $a;
$b[0] = 'via b';
$b[1] = 'only b';
var_dump($a, $b, $x);
--EXPECT--
array(2) {
  [0]=>
  &string(5) "via b"
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  &string(5) "via b"
  [1]=>
  string(6) "only b"
}
string(5) "via b"
