--TEST--
"Only variables should be ..." notices for call results given by reference, not for extract()
--FILE--
<?php
function by_value($t) { return $t; }
function nested_ref($t) { $t = &$t; return $t; }
$tmp = ['foo' => 'test'];
$tmp['foo'] = &by_value($tmp['foo']);
var_dump($tmp);
$tmp['foo'] = &nested_ref($tmp['foo']);
var_dump($tmp);

$stack = [['two']];
var_dump(array_shift(array_shift($stack)));

function pairs() { return ['zz' => 1, 'yy' => 2]; }
var_dump(extract(pairs()), $zz, $yy);
function nums() { return [3, 1, 2]; }
$cb = 'array_multisort';
var_dump($cb(nums()));
$cb2 = 'sort';
var_dump($cb2(nums()));

function &ref_result() { static $v = 5; return $v; }
$r = &ref_result();
$r++;
var_dump(ref_result());
?>
--EXPECTF--
Notice: Only variables should be assigned by reference in %s/tests/php/refs/only_variables_by_ref.php on line 5
array(1) {
  ["foo"]=>
  string(4) "test"
}

Notice: Only variables should be assigned by reference in %s/tests/php/refs/only_variables_by_ref.php on line 7
array(1) {
  ["foo"]=>
  string(4) "test"
}

Notice: Only variables should be passed by reference in %s/tests/php/refs/only_variables_by_ref.php on line 11
string(3) "two"
int(2)
int(1)
int(2)
bool(true)

Notice: Only variables should be passed by reference in %s/tests/php/refs/only_variables_by_ref.php on line 19
bool(true)
int(6)
