--TEST--
var_dump of nested arrays with references
--FILE--
<?php
$a = ['x' => 1];
$b = ['inner' => &$a, 'copy' => $a];
$a['x'] = 2;
var_dump($b);
$c = [1, 2];
$c[] = &$c[0];
var_dump($c);
--EXPECT--
array(2) {
  ["inner"]=>
  &array(1) {
    ["x"]=>
    int(2)
  }
  ["copy"]=>
  array(1) {
    ["x"]=>
    int(1)
  }
}
array(3) {
  [0]=>
  &int(1)
  [1]=>
  int(2)
  [2]=>
  &int(1)
}
