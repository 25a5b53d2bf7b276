--TEST--
foreach by reference and the last-element aliasing
--FILE--
<?php
$arr = [1, 2, 3];
foreach ($arr as &$v) { $v *= 10; }
var_dump($arr);
foreach ($arr as $v) {}
var_dump($arr);
unset($v);
$b = ['a' => 1, 'b' => 2];
foreach ($b as $k => &$val) { if ($k === 'a') { $b['c'] = 3; } $val = "[$val]"; }
unset($val);
var_dump($b);
--EXPECT--
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  &int(30)
}
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  &int(20)
}
array(3) {
  ["a"]=>
  string(3) "[1]"
  ["b"]=>
  string(3) "[2]"
  ["c"]=>
  string(3) "[3]"
}
