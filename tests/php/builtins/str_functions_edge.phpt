--TEST--
edge cases of substr and str_pad
--FILE--
<?php
var_dump(substr("abc", 3), substr("abc", 1, 0), substr("abc", -5, 2), str_pad("", 3, "ab"), str_repeat("", 5), implode(",", str_split("abc")), strlen(str_repeat("x", 1000000)));
try { str_pad("x", 5, ""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { str_split("x", 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(0) ""
string(0) ""
string(2) "ab"
string(3) "aba"
string(0) ""
string(5) "a,b,c"
int(1000000)
str_pad(): Argument #3 ($pad_string) must be a non-empty string
str_split(): Argument #2 ($length) must be greater than 0
