--TEST--
different warning and notice messages
--FILE--
<?php
$a = "abc";
echo $a[5];
$b = [1];
echo $b[1];
echo hex2bin("abc"), "|\n";
$x = (int)"12abc" + "5 apples";
var_dump($x);
--EXPECTF--
Warning: Uninitialized string offset 5 in %s/tests/php/errors/warning_formats.php on line 3

Warning: Undefined array key 1 in %s/tests/php/errors/warning_formats.php on line 5

Warning: hex2bin(): Hexadecimal input string must have an even length in %s/tests/php/errors/warning_formats.php on line 6
|

Warning: A non-numeric value encountered in %s/tests/php/errors/warning_formats.php on line 7
int(17)
