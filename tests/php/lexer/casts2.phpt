--TEST--
cast operators
--FILE--
<?php
var_dump((int) "12", ( int )"13", (INT)"14", (string)1.0, (array)"a", (bool)[], (float)"abc", (binary)"b");
--EXPECT--
int(12)
int(13)
int(14)
string(1) "1"
array(1) {
  [0]=>
  string(1) "a"
}
bool(false)
float(0)
string(1) "b"
