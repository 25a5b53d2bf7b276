--TEST--
min and max
--FILE--
<?php
var_dump(min(1, 2, 3), max(1, 2, 3), min([4, 2, 8]), max([4, 2, 8]), min("apple", "banana"), max("10", "9"), max("abc", 0), min("abc", 0), max([1, 2], [1, 3]), min(1, -1.5), max(true, 2), max([0 => 'a'], 5), min(null, 0), max(INF, 1));
try { max([]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { max(1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(1)
int(3)
int(2)
int(8)
string(5) "apple"
string(2) "10"
string(3) "abc"
int(0)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
float(-1.5)
bool(true)
array(1) {
  [0]=>
  string(1) "a"
}
NULL
float(INF)
max(): Argument #1 ($value) must contain at least one element
max(): Argument #1 ($value) must be of type array, int given
