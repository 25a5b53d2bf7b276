--TEST--
next key after negative keys (PHP 8.2 rules)
--FILE--
<?php
$a = [-5 => 'a']; $a[] = 'b'; var_dump($a);
$b = []; $b[-3] = 1; $b[] = 2; var_dump($b);
--EXPECT--
array(2) {
  [-5]=>
  string(1) "a"
  [-4]=>
  string(1) "b"
}
array(2) {
  [-3]=>
  int(1)
  [0]=>
  int(2)
}
