--TEST--
setlocale: a name of 255 bytes or more warns "Specified locale name is too long" and the next candidate is tried
--FILE--
<?php
var_dump(setlocale(LC_ALL, str_pad('', 255, 'A')));
var_dump(setlocale(LC_ALL, str_pad('', 300, 'B'), 'C'));
var_dump(setlocale(LC_ALL, [str_pad('', 254, 'C'), 'C']));
--EXPECTF--
Warning: setlocale(): Specified locale name is too long in %s/tests/php/stdlib/setlocale_too_long.php on line 2
bool(false)

Warning: setlocale(): Specified locale name is too long in %s/tests/php/stdlib/setlocale_too_long.php on line 3
string(1) "C"
string(1) "C"
