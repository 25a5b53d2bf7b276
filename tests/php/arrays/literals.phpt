--TEST--
array literals and key normalisation
--FILE--
<?php
var_dump([1, 2, 3]);
var_dump(["1" => "a", "01" => "b", 1.7 => "c", true => "d", null => "e", "" => "f", false => "g", "-5" => "h", "-0" => "i", "9223372036854775808" => "j", " 1" => "k"]);
var_dump([5 => 'a', 'b', -10 => 'c', 'd']);
--EXPECTF--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s/tests/php/arrays/literals.php on line 3
array(8) {
  [1]=>
  string(1) "d"
  ["01"]=>
  string(1) "b"
  [""]=>
  string(1) "f"
  [0]=>
  string(1) "g"
  [-5]=>
  string(1) "h"
  ["-0"]=>
  string(1) "i"
  ["9223372036854775808"]=>
  string(1) "j"
  [" 1"]=>
  string(1) "k"
}
array(4) {
  [5]=>
  string(1) "a"
  [6]=>
  string(1) "b"
  [-10]=>
  string(1) "c"
  [7]=>
  string(1) "d"
}
