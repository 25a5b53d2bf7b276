--TEST--
internal functions reject wrong argument types
--FILE--
<?php
try { strlen([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { array_keys("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { str_repeat("x", "y"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(str_repeat("ab", "2"));
var_dump(strlen(12345));
--EXPECT--
strlen(): Argument #1 ($string) must be of type string, array given
array_keys(): Argument #1 ($array) must be of type array, string given
str_repeat(): Argument #2 ($times) must be of type int, string given
string(4) "abab"
int(5)
