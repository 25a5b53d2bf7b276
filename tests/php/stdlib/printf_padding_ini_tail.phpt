--TEST--
sprintf: a quote flag at the end of the format is "Missing padding character"; parse_ini_string keeps blanks before the end of the input; PHP_QUERY_* constants
--FILE--
<?php
try { sprintf("%'", "x"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
echo sprintf("[%'*8s]", "x"), "\n";
var_dump(parse_ini_string("a=b "), parse_ini_string("a=b \nc=d  "), parse_ini_string("a=true "), parse_ini_string("a=\"x\" y "), parse_ini_string("a=b ;c"));
putenv("MINI_X=v");
var_dump(parse_ini_string("a=pre \${MINI_X} post\n"), parse_ini_string("a=y \"x\"  z\n"), parse_ini_string("a=\"x\" y z"));
var_dump(PHP_QUERY_RFC1738, PHP_QUERY_RFC3986);
echo http_build_query(['a b' => 'c~d'], '', '&', PHP_QUERY_RFC1738), "\n";
echo http_build_query(['a b' => 'c~d'], '', '&', PHP_QUERY_RFC3986), "\n";
--EXPECT--
Missing padding character
[*******x]
array(1) {
  ["a"]=>
  string(2) "b "
}
array(2) {
  ["a"]=>
  string(1) "b"
  ["c"]=>
  string(3) "d  "
}
array(1) {
  ["a"]=>
  string(1) "1"
}
array(1) {
  ["a"]=>
  string(3) "xy "
}
array(1) {
  ["a"]=>
  string(1) "b"
}
array(1) {
  ["a"]=>
  string(10) "pre v post"
}
array(1) {
  ["a"]=>
  string(3) "yxz"
}
array(1) {
  ["a"]=>
  string(4) "xy z"
}
int(1)
int(2)
a+b=c%7Ed
a%20b=c~d
