--TEST--
php_uname and gethostname
--FILE--
<?php
var_dump(php_uname() === php_uname("a"), php_uname("s"), php_uname("n") === gethostname(), php_uname("m"), php_uname("x") === php_uname(), php_uname("r") !== "");
var_dump(php_uname("sx") === php_uname("s"));
--EXPECT--
bool(true)
string(5) "Linux"
bool(true)
string(6) "x86_64"
bool(true)
bool(true)
bool(true)
