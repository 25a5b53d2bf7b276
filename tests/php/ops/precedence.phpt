--TEST--
operator precedence and associativity
--FILE--
<?php
var_dump(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, -3 ** 2, 10 - 4 - 3, 100 / 10 / 5, 1 + 2 . "3", "1" . 2 + 3);
var_dump(!true && false, true || false && false, 1 < 2 == true, 5 % 3 * 2, 1 | 2 ^ 3 & 4, 1 << 2 + 1);
var_dump(null ?? false ?: "x", true ? "a" : (false ? "b" : "c"), 1 + 1 <=> 2, -2 ** -1);
$x = 5; var_dump($x++ + ++$x, $x-- - --$x);
--EXPECT--
int(7)
int(9)
int(512)
int(-9)
int(3)
int(2)
string(2) "33"
string(2) "15"
bool(false)
bool(true)
bool(true)
int(4)
int(3)
int(8)
string(1) "x"
string(1) "a"
int(0)
float(-0.5)
int(12)
int(2)
