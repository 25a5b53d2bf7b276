--TEST--
var_dump of every type
--FILE--
<?php
var_dump(null, true, false, 0, -1, 1.5, "str", "", [], [1, 'a' => [true, null]], 1e100);
$a = [1]; $r = &$a[0]; var_dump($a);
var_dump(new stdClass);
--EXPECT--
NULL
bool(true)
bool(false)
int(0)
int(-1)
float(1.5)
string(3) "str"
string(0) ""
array(0) {
}
array(2) {
  [0]=>
  int(1)
  ["a"]=>
  array(2) {
    [0]=>
    bool(true)
    [1]=>
    NULL
  }
}
float(1.0E+100)
array(1) {
  [0]=>
  &int(1)
}
object(stdClass)#1 (0) {
}
