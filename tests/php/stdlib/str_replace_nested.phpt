--TEST--
str_replace()/str_ireplace() take every subject element as a string (arrays become "Array")
--FILE--
<?php
var_dump(str_replace('a', 'b', ['xa', ['a'], 3, null, 1.5, true]));
var_dump(str_ireplace('A', 'b', ['xa', ['a']], $n), $n);
class S { function __toString(): string { return 'sas'; } }
var_dump(str_replace('a', '_', [new S]));
try { str_replace('a', 'b', [new stdClass]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECTF--
Warning: Array to string conversion in %s/tests/php/stdlib/str_replace_nested.php on line 2
array(6) {
  [0]=>
  string(2) "xb"
  [1]=>
  string(5) "Arrby"
  [2]=>
  string(1) "3"
  [3]=>
  string(0) ""
  [4]=>
  string(3) "1.5"
  [5]=>
  string(1) "1"
}

Warning: Array to string conversion in %s/tests/php/stdlib/str_replace_nested.php on line 3
array(2) {
  [0]=>
  string(2) "xb"
  [1]=>
  string(5) "brrby"
}
int(3)
array(1) {
  [0]=>
  string(3) "s_s"
}
Object of class stdClass could not be converted to string
