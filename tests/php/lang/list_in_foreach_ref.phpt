--TEST--
foreach with keys modifying by reference
--FILE--
<?php
$m = [[1, 2], [3, 4]];
foreach ($m as &$row) { foreach ($row as &$cell) { $cell *= 10; } unset($cell); }
unset($row);
var_dump($m);
$grid = ['a' => ['x' => 1]];
foreach ($grid as $k => &$inner) { $inner['y'] = $k; }
var_dump($grid);
--EXPECT--
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(10)
    [1]=>
    int(20)
  }
  [1]=>
  array(2) {
    [0]=>
    int(30)
    [1]=>
    int(40)
  }
}
array(1) {
  ["a"]=>
  &array(2) {
    ["x"]=>
    int(1)
    ["y"]=>
    string(1) "a"
  }
}
