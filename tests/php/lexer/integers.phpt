--TEST--
integer literals: decimal, hex, octal, binary, separators
--FILE--
<?php
var_dump(42, -42, 0x1F, 0X1f, 017, 0o17, 0O17, 0b101, 0B11, 1_000_000);
--EXPECT--
int(42)
int(-42)
int(31)
int(31)
int(15)
int(15)
int(15)
int(5)
int(3)
int(1000000)
