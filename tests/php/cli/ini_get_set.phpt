--TEST--
ini_get and ini_set
--FILE--
<?php
var_dump(ini_get('display_errors'), ini_get('error_reporting'), ini_get('no_such_setting'));
var_dump(ini_set('precision', '10'), ini_get('precision'));
echo 1/3, "\n";
--EXPECT--
string(1) "1"
string(5) "32767"
bool(false)
string(2) "14"
string(2) "10"
0.3333333333
