--TEST--
unset, isset and empty on arrays
--FILE--
<?php
$a = ['a' => 1, 'b' => null, 'c' => 0, 'd' => [], 'e' => 'x'];
var_dump(isset($a['a']), isset($a['b']), isset($a['zz']), array_key_exists('b', $a), empty($a['c']), empty($a['d']), empty($a['e']), empty($a['zz']));
unset($a['a'], $a['zz']);
var_dump($a);
unset($a);
var_dump(isset($a));
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
array(4) {
  ["b"]=>
  NULL
  ["c"]=>
  int(0)
  ["d"]=>
  array(0) {
  }
  ["e"]=>
  string(1) "x"
}
bool(false)
