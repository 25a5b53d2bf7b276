--TEST--
str_replace and friends
--FILE--
<?php
var_dump(str_replace("l", "L", "hello"), str_replace(["a", "b"], ["b", "c"], "ab"), str_replace(["a", "b"], "x", "abc"), str_replace("x", "y", ["ax", "bx"]));
$count = 0; str_replace("o", "0", "foo boo", $count); var_dump($count);
var_dump(str_ireplace("HELLO", "bye", "hello Hello"), str_replace("", "x", "abc"), str_replace(["a"], [], "abc"));
--EXPECT--
string(5) "heLLo"
string(2) "cc"
string(3) "xxc"
array(2) {
  [0]=>
  string(2) "ay"
  [1]=>
  string(2) "by"
}
int(4)
string(7) "bye bye"
string(3) "abc"
string(2) "bc"
