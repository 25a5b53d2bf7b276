--TEST--
appending and next free key
--FILE--
<?php
$a = []; $a[] = 'x'; $a[5] = 'y'; $a[] = 'z'; $a["7"] = 'w'; $a[] = 'v'; $a["k"] = 'str'; $a[] = 'end';
var_dump($a);
unset($a[8]); $a[] = 'after unset'; var_dump(array_keys($a));
--EXPECT--
array(7) {
  [0]=>
  string(1) "x"
  [5]=>
  string(1) "y"
  [6]=>
  string(1) "z"
  [7]=>
  string(1) "w"
  [8]=>
  string(1) "v"
  ["k"]=>
  string(3) "str"
  [9]=>
  string(3) "end"
}
array(7) {
  [0]=>
  int(0)
  [1]=>
  int(5)
  [2]=>
  int(6)
  [3]=>
  int(7)
  [4]=>
  string(1) "k"
  [5]=>
  int(9)
  [6]=>
  int(10)
}
