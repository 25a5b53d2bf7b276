--TEST--
ini values given as constant expressions (E_ALL & ~E_NOTICE) are evaluated
--INI--
error_reporting=E_ALL & ~E_WARNING
precision=PHP_INT_SIZE
highlight.string=#DD0000
--FILE--
<?php
var_dump(ini_get('error_reporting'), error_reporting() === (E_ALL & ~E_WARNING));
var_dump(ini_get('precision'), ini_get('highlight.string'));
echo $undefined_is_a_warning_so_hidden;
echo 1/3, "\n";
var_dump(parse_ini_string("a = E_ALL & ~E_NOTICE\nb = (1 | 6) & 3\nc = ~1 | 2\nd = \"E_ALL\"\ne = !0"));
--EXPECT--
string(5) "32765"
bool(true)
string(1) "8"
string(7) "#DD0000"
0.33333333
array(5) {
  ["a"]=>
  string(5) "32759"
  ["b"]=>
  string(1) "3"
  ["c"]=>
  string(2) "-2"
  ["d"]=>
  string(5) "E_ALL"
  ["e"]=>
  string(1) "1"
}
