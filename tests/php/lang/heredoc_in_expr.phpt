--TEST--
heredoc as function argument and in arrays
--FILE--
<?php
$v = 5;
echo strtoupper(<<<TXT
value is $v
TXT), "\n";
$list = [<<<A
  one
  A, <<<'B'
  two $v
  B];
var_dump($list);
--EXPECT--
VALUE IS 5
array(2) {
  [0]=>
  string(3) "one"
  [1]=>
  string(6) "two $v"
}
