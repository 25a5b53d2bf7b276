--TEST--
getopt() with short, long, repeated and optional-value options, and the rest index
--ARGS--
-a -a -bval -c -d --long --req=1 --req 2 --opt --unknown -9 -- x y
--FILE--
<?php
var_dump(getopt("ab:c::9", ["long", "req:", "opt::"], $rest), $rest);
var_dump(array_slice($argv, $rest));
var_dump(getopt("", ["long"]));
--EXPECT--
array(7) {
  ["a"]=>
  array(2) {
    [0]=>
    bool(false)
    [1]=>
    bool(false)
  }
  ["b"]=>
  string(3) "val"
  ["c"]=>
  bool(false)
  ["long"]=>
  bool(false)
  ["req"]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
  }
  ["opt"]=>
  bool(false)
  [9]=>
  bool(false)
}
int(14)
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
array(1) {
  ["long"]=>
  bool(false)
}
