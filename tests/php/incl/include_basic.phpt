--TEST--
include returns the file return value and defines functions
--FILE--
<?php
$r = include __DIR__ . '/../include/defs.php';
var_dump($r);
echo included_fn(1), "\n", INCLUDED_CONST, "\n", $set_by_include, "\n";
--EXPECT--
string(24) "return value of defs.php"
included_fn(1)
const from defs.php
set in defs.php
