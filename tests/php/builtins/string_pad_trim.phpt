--TEST--
str_pad and trim family
--FILE--
<?php
var_dump(str_pad("5", 3, "0", STR_PAD_LEFT), str_pad("abc", 8, "-=", STR_PAD_BOTH), str_pad("abc", 2), str_pad("x", 5), str_pad("ab", 7, "xyz", STR_PAD_BOTH));
var_dump(trim("  a b  "), ltrim("xxaxx", "x"), rtrim("1.500", "0"), trim("\t\n\0\x0B a \r"), trim("abcba", "a..b"), rtrim("line\n"), trim("[x]", "[]"));
--EXPECT--
string(3) "005"
string(8) "-=abc-=-"
string(3) "abc"
string(5) "x    "
string(7) "xyabxyz"
string(3) "a b"
string(3) "axx"
string(3) "1.5"
string(1) "a"
string(1) "c"
string(4) "line"
string(1) "x"
