--TEST--
null in arithmetic, strings and arrays
--FILE--
<?php
$n = null;
var_dump($n . "x", $n + 1, $n == 0, $n < 1, count([$n]), [$n] == [0], is_null($n), $n?->foo, $n ?? 'd');
$arr = null; $arr[] = 'autovivified'; var_dump($arr);
--EXPECT--
string(1) "x"
int(1)
bool(true)
bool(true)
int(1)
bool(true)
bool(true)
NULL
string(1) "d"
array(1) {
  [0]=>
  string(12) "autovivified"
}
