--TEST--
compound assignment operators
--FILE--
<?php
$a = 10; $a += 5; $a -= 3; $a *= 2; $a /= 4; var_dump($a);
$b = 7; $b %= 4; $b **= 3; $b <<= 2; $b >>= 1; $b |= 1; $b &= 0xFF; $b ^= 3; var_dump($b);
$s = "a"; $s .= "b"; $s .= 1; var_dump($s);
$n = null; $n ??= "default"; $n ??= "other"; var_dump($n);
$arr = []; $arr['k'] ??= 1; $arr['k'] ??= 2; $arr['list'][] = 'x'; var_dump($arr);
$x = $y = 3; var_dump($x, $y);
var_dump($z = 5, $z);
--EXPECT--
int(6)
int(52)
string(3) "ab1"
string(7) "default"
array(2) {
  ["k"]=>
  int(1)
  ["list"]=>
  array(1) {
    [0]=>
    string(1) "x"
  }
}
int(3)
int(3)
int(5)
int(5)
