--TEST--
destructuring by reference
--FILE--
<?php
$data = [1, [2, 3]];
[&$a, [, &$b]] = $data;
$a = 'A'; $b = 'B';
var_dump($data);
--EXPECT--
array(2) {
  [0]=>
  &string(1) "A"
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    &string(1) "B"
  }
}
