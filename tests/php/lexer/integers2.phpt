--TEST--
integer literal forms
--FILE--
<?php
var_dump(1_000_000, 0x7FFF_FFFF, 0b1111_0000, 0o7_7, 0, 00, 0x0);
var_dump(PHP_INT_MAX, PHP_INT_MIN, PHP_INT_SIZE);
--EXPECT--
int(1000000)
int(2147483647)
int(240)
int(63)
int(0)
int(0)
int(0)
int(9223372036854775807)
int(-9223372036854775808)
int(8)
