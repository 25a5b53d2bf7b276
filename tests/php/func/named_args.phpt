--TEST--
named arguments
--FILE--
<?php
function f($a, $b = 'B', $c = 'C') { return "$a-$b-$c"; }
echo f(1, c: 3), "\n", f(c: 'z', a: 'x'), "\n", f(...['a' => 1, 'c' => 2]), "\n";
echo str_pad(string: "x", length: 5, pad_type: STR_PAD_LEFT, pad_string: "-"), "\n";
function v(...$args) { var_dump($args); }
v(1, 2, x: 3, y: 4);
try { f(1, a: 2); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { f(b: 2); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { f(1, nope: 2); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
1-B-3
x-B-z
1-B-2
----x
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  ["x"]=>
  int(3)
  ["y"]=>
  int(4)
}
Error: Named parameter $a overwrites previous argument
f(): Argument #1 ($a) not passed
Unknown named parameter $nope
