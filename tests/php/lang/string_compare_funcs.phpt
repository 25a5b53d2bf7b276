--TEST--
string comparison with numbers in PHP 8
--FILE--
<?php
var_dump("abc" == "ABC", "1.0" == "1", "1e0" == "1", "abc" < "abd", "Z" < "a", "10" == "010", "10" == "0xA", " 10" == "10", "10 " == "10", "1" == "1 ");
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
