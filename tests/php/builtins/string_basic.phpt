--TEST--
strlen, str_repeat, substr, strpos family
--FILE--
<?php
var_dump(strlen("héllo"), str_repeat("ab", 3), str_repeat("x", 0));
var_dump(substr("hello", 1), substr("hello", 1, 3), substr("hello", -3), substr("hello", -3, -1), substr("hello", 10), substr("hello", 0, -10), substr("", 0));
var_dump(strpos("hello", "l"), strpos("hello", "l", 3), strpos("hello", "z"), strpos("hello", "h", -5), stripos("HeLLo", "ll"), strrpos("hello", "l"), strrpos("hello", "l", -3), strpos("abc", ""));
try { strpos("abc", "a", 10); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(6)
string(6) "ababab"
string(0) ""
string(4) "ello"
string(3) "ell"
string(3) "llo"
string(2) "ll"
string(0) ""
string(0) ""
string(0) ""
int(2)
int(3)
bool(false)
int(0)
int(2)
int(3)
int(2)
int(0)
strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
