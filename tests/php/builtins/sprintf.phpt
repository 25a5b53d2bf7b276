--TEST--
sprintf padding, precision and argnum
--FILE--
<?php
var_dump(sprintf("%08.3f", 3.14159), sprintf("%-8s|", "ab"), sprintf("%'.10d", 42), sprintf("%+05d", 7), sprintf("%5.2f%%", 45.678));
var_dump(sprintf("%s", 1.0), sprintf("%s", 0.1 + 0.2), sprintf("%d", "1e3"), sprintf("%.15f", 0.1), sprintf("%.50f", 1), sprintf("%x", -1));
var_dump(sprintf("[%'x-8s]", "ab"), sprintf("[%-'x8s]", "ab"), sprintf("%3\$s-%1\$s", 'a', 'b', 'c'));
try { sprintf("%s %s", "one"); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { sprintf("%z", 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
echo vsprintf("%s-%s\n", ["x", "y"]);
--EXPECT--
string(8) "0003.142"
string(9) "ab      |"
string(10) "........42"
string(5) "+0007"
string(6) "45.68%"
string(1) "1"
string(3) "0.3"
string(4) "1000"
string(17) "0.100000000000000"
string(52) "1.00000000000000000000000000000000000000000000000000"
string(16) "ffffffffffffffff"
string(10) "[abxxxxxx]"
string(10) "[abxxxxxx]"
string(3) "c-a"
3 arguments are required, 2 given
Unknown format specifier "z"
x-y
