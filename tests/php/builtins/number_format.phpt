--TEST--
number_format
--FILE--
<?php
var_dump(number_format(1234567.891), number_format(1234567.891, 2), number_format(1234567.891, 2, ',', '.'), number_format(0.5), number_format(-1234.567, 1), number_format(1.005, 2), number_format(-0.4), number_format(1000, 2, '', ' '), number_format(123456789, 0, '.', ''), number_format(0.129, 2), number_format(-1234.5), number_format(1e15, 2));
--EXPECT--
string(9) "1,234,568"
string(12) "1,234,567.89"
string(12) "1.234.567,89"
string(1) "1"
string(8) "-1,234.6"
string(4) "1.01"
string(1) "0"
string(7) "1 00000"
string(9) "123456789"
string(4) "0.13"
string(6) "-1,235"
string(24) "1,000,000,000,000,000.00"
