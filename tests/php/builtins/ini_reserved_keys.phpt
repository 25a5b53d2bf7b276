--TEST--
parse_ini_string: true/on/yes/false/off/no/none/null at the start of a line are constants, not keys (syntax error); after a blank or as a section or offset they are names
--FILE--
<?php
foreach (["off=1", "Off = 2", " no =1", "a=1\nnull=2", "nox=1\nnullx=2\ntruey=3", "[on]\nx=1", "x[yes]=1", "yes\n", "TRUE=1"] as $s) { var_dump(parse_ini_string($s, true)); }
--EXPECTF--
Warning: syntax error, unexpected BOOL_FALSE in Unknown on line 1
 in %s/tests/php/builtins/ini_reserved_keys.php on line 2
bool(false)

Warning: syntax error, unexpected BOOL_FALSE in Unknown on line 1
 in %s/tests/php/builtins/ini_reserved_keys.php on line 2
bool(false)
array(1) {
  ["no"]=>
  string(1) "1"
}

Warning: syntax error, unexpected NULL_NULL in Unknown on line 2
 in %s/tests/php/builtins/ini_reserved_keys.php on line 2
bool(false)
array(3) {
  ["nox"]=>
  string(1) "1"
  ["nullx"]=>
  string(1) "2"
  ["truey"]=>
  string(1) "3"
}
array(1) {
  ["on"]=>
  array(1) {
    ["x"]=>
    string(1) "1"
  }
}
array(1) {
  ["x"]=>
  array(1) {
    ["yes"]=>
    string(1) "1"
  }
}

Warning: syntax error, unexpected BOOL_TRUE in Unknown on line 1
 in %s/tests/php/builtins/ini_reserved_keys.php on line 2
bool(false)

Warning: syntax error, unexpected BOOL_TRUE in Unknown on line 1
 in %s/tests/php/builtins/ini_reserved_keys.php on line 2
bool(false)
