--TEST--
by-reference parameters
--FILE--
<?php
function addOne(&$x) { $x++; }
function setArr(array &$a) { $a[] = 'added'; }
function makeRef(&$new) { $new = 'created'; }
$n = 1; addOne($n); addOne($n); var_dump($n);
$arr = []; setArr($arr); var_dump($arr);
makeRef($undefined); var_dump($undefined);
$data = ['x' => 1]; addOne($data['x']); addOne($data['y']); var_dump($data);
function &getRef(array &$a) { return $a[0]; }
$list = [1, 2]; $r = &getRef($list); $r = 100; var_dump($list);
--EXPECT--
int(3)
array(1) {
  [0]=>
  string(5) "added"
}
string(7) "created"
array(2) {
  ["x"]=>
  int(2)
  ["y"]=>
  int(1)
}
array(2) {
  [0]=>
  &int(100)
  [1]=>
  int(2)
}
