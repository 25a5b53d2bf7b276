--TEST--
nested arrays: read, write, auto-vivification
--FILE--
<?php
$a = [];
$a['x']['y']['z'] = 1;
$a['x']['list'][] = 'first';
$a['x']['list'][] = 'second';
$a['m'][3][] = 'q';
var_dump($a);
echo $a['x']['list'][1], "\n";
var_dump(isset($a['x']['y']), isset($a['x']['nope']['deeper']), empty($a['x']['y']['z']));
--EXPECT--
array(2) {
  ["x"]=>
  array(2) {
    ["y"]=>
    array(1) {
      ["z"]=>
      int(1)
    }
    ["list"]=>
    array(2) {
      [0]=>
      string(5) "first"
      [1]=>
      string(6) "second"
    }
  }
  ["m"]=>
  array(1) {
    [3]=>
    array(1) {
      [0]=>
      string(1) "q"
    }
  }
}
second
bool(true)
bool(false)
bool(false)
