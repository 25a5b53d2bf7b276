--TEST--
str_contains, str_starts_with, str_ends_with
--FILE--
<?php
var_dump(str_contains("haystack", "st"), str_contains("haystack", ""), str_contains("a", "A"), str_starts_with("prefix", "pre"), str_starts_with("x", ""), str_ends_with("file.php", ".php"), str_ends_with("a", "ab"));
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
