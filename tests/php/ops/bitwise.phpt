--TEST--
bitwise operators and shifts
--FILE--
<?php
var_dump(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 3, -16 >> 2, 1 << 63, 1 << 64, PHP_INT_MAX >> 63);
var_dump("ab" & "  ", "12" | "3", "a" ^ "B", ~"A" === chr(190));
try { var_dump(1 << -1); } catch (ArithmeticError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(2)
int(7)
int(5)
int(-7)
int(8)
int(-4)
int(-9223372036854775808)
int(0)
int(0)
string(2) "  "
string(2) "32"
string(1) "#"
bool(true)
Bit shift by negative number
