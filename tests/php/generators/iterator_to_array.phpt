--TEST--
Generators: iterator_to_array with and without preserve_keys, iterator_count
--FILE--
<?php
function g() { yield 'a' => 1; yield 'b' => 2; yield 'a' => 3; yield 4; }
var_dump(iterator_to_array(g()));
var_dump(iterator_to_array(g(), false));
var_dump(iterator_to_array(g(), preserve_keys: true));
var_dump(iterator_count(g()));
function inner() { yield 1 => 'x'; yield 0 => 'y'; return 9; }
function outer() { yield 0 => 'o'; yield from inner(); yield 'z'; }
var_dump(iterator_to_array(outer()));
var_dump(iterator_to_array(outer(), false));
var_dump(iterator_to_array([3 => 'a', 'k' => 'b'], false));
function floats() { yield 1.5 => 'a'; yield null => 'b'; yield false => 'c'; }
var_dump(iterator_to_array(floats()));
$gen = g();
iterator_to_array($gen);
try { iterator_to_array($gen); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { iterator_to_array(42); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function bad_key() { yield [1] => 1; }
try { iterator_to_array(bad_key()); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
array(3) {
  ["a"]=>
  int(3)
  ["b"]=>
  int(2)
  [0]=>
  int(4)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
array(3) {
  ["a"]=>
  int(3)
  ["b"]=>
  int(2)
  [0]=>
  int(4)
}
int(4)
array(2) {
  [0]=>
  string(1) "y"
  [1]=>
  string(1) "z"
}
array(4) {
  [0]=>
  string(1) "o"
  [1]=>
  string(1) "x"
  [2]=>
  string(1) "y"
  [3]=>
  string(1) "z"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s/tests/php/generators/iterator_to_array.php on line 13
array(3) {
  [1]=>
  string(1) "a"
  [""]=>
  string(1) "b"
  [0]=>
  string(1) "c"
}
Cannot traverse an already closed generator
iterator_to_array(): Argument #1 ($iterator) must be of type Traversable|array, int given
Illegal offset type
