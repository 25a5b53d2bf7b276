--TEST--
variables are local to functions
--FILE--
<?php
$outside = 'o';
function f() { return isset($outside) ? 'visible' : 'not visible'; }
echo f(), "\n";
function g() { $local = 1; return get_defined_vars(); }
var_dump(g());
function h($p) { $q = $p * 2; return compact('p', 'q'); }
var_dump(h(3));
extract(['ex1' => 'one', 'ex2' => 'two']);
echo $ex1, $ex2, "\n";
--EXPECT--
not visible
array(1) {
  ["local"]=>
  int(1)
}
array(2) {
  ["p"]=>
  int(3)
  ["q"]=>
  int(6)
}
onetwo
