--TEST--
reference assignment
--FILE--
<?php
$a = 1; $b = &$a; $b = 2; var_dump($a);
unset($b); $b = 3; var_dump($a);
$arr = [1, 2]; $r = &$arr[0]; $r = 'ref'; var_dump($arr);
$x = ['k' => 1]; $y = &$x['new']; var_dump($x);
--EXPECT--
int(2)
int(2)
array(2) {
  [0]=>
  &string(3) "ref"
  [1]=>
  int(2)
}
array(2) {
  ["k"]=>
  int(1)
  ["new"]=>
  &NULL
}
