--TEST--
string to number conversions
--FILE--
<?php
var_dump((int)"  42", (int)"42  ", (int)"4.9", (int)"-0", (int)"1e3", (float)"1e3", (int)"0x10", (int)"010", (float)".5", (int)"9999999999999999999", (float)"abc", (int)" \t\n 7");
var_dump(intval("12", 0), intval("0x1A", 16), intval("0x1A", 0), intval("012", 0), intval("101", 2), intval("z", 36), intval(42.99), intval(null), intval([]), intval([0]));
--EXPECT--
int(42)
int(42)
int(4)
int(0)
int(1000)
float(1000)
int(0)
int(10)
float(0.5)
int(9223372036854775807)
float(0)
int(7)
int(12)
int(26)
int(26)
int(10)
int(5)
int(35)
int(42)
int(0)
int(0)
int(1)
