--TEST--
array_key_exists on lists, key normalisation in functions
--FILE--
<?php
$a = array_fill_keys(['1', '01', 1.0, true], 'v');
var_dump($a);
var_dump(array_keys(['10' => 'a', '1.5' => 'b', '-1' => 'c', '-0' => 'd']));
var_dump(array_flip(['1', '2']));
--EXPECT--
array(2) {
  [1]=>
  string(1) "v"
  ["01"]=>
  string(1) "v"
}
array(4) {
  [0]=>
  int(10)
  [1]=>
  string(3) "1.5"
  [2]=>
  int(-1)
  [3]=>
  string(2) "-0"
}
array(2) {
  [1]=>
  int(0)
  [2]=>
  int(1)
}
