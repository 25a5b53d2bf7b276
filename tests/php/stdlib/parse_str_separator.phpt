--TEST--
parse_str() splits at any byte of arg_separator.input; http_build_query() joins with arg_separator.output
--INI--
arg_separator.input=";/"
arg_separator.output="&amp;"
--FILE--
<?php
parse_str('a=1;b=2/c[]=3&d=4', $r);
var_dump($r);
var_dump(ini_get('arg_separator.input'), http_build_query(['x' => 1, 'y' => 2]));
ini_restore('arg_separator.input');
parse_str('a=1;b=2&c=3', $r);
var_dump($r);
--EXPECT--
array(3) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  string(1) "2"
  ["c"]=>
  array(1) {
    [0]=>
    string(5) "3&d=4"
  }
}
string(2) ";/"
string(11) "x=1&amp;y=2"
array(2) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  string(5) "2&c=3"
}
