--TEST--
Built-ins on their fast paths and next to them: explode limits, short needles, strict int searches, usort operands, sprintf arguments
--FILE--
<?php
var_dump(explode(",", "a,b,c", 0), explode(",", "a,b,c", -5), explode(",", "a,b,c", PHP_INT_MAX));
var_dump(explode("ab", "xabyabz", 2), explode("ab", "xabyabzab", -1), explode(",", ",", -1), explode("abc", "ab"));
var_dump(str_contains("item 123499", "99"), str_contains("item", "item!"), strpos("aaab", "ab"), strpos("xy", ""), stripos("Hello", "LL"));
$x = 5;
$arr = [1, "5", 5.0, &$x];
var_dump(in_array(5, $arr, true), array_search(5, $arr, true), array_search(5, [1, "5"], true), in_array(5, [1, "5"]));
var_dump(array_search(7, ["a" => 7, "b" => 7], true));
$r = [3, 1, 2];
usort($r, fn($a, $b) => $a > $b);
var_dump($r);
$y = 42;
$s = "str";
$args = [&$y, &$s];
var_dump(sprintf("%05d|%s|%d|%s", ...$args, ...[" 7", 1.5]));
var_dump(substr("abcdef", "2", null), substr("abcdef", 1.0, 2), str_repeat("ab", "3"));
--EXPECTF--
array(1) {
  [0]=>
  string(5) "a,b,c"
}
array(0) {
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(4) "yabz"
}
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
  [2]=>
  string(1) "z"
}
array(1) {
  [0]=>
  string(0) ""
}
array(1) {
  [0]=>
  string(2) "ab"
}
bool(true)
bool(false)
int(2)
int(0)
int(2)
bool(true)
int(3)
bool(false)
bool(true)
string(1) "a"

Deprecated: usort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s/tests/php/stdlib/builtin_fast_paths.php on line 10
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
string(15) "00042|str|7|1.5"
string(4) "cdef"
string(2) "bc"
string(6) "ababab"
