--TEST--
global keyword and $GLOBALS
--FILE--
<?php
$g = 1;
function inc() { global $g; $g++; }
function read() { return $GLOBALS['g']; }
function create() { global $newGlobal; $newGlobal = 'made'; }
inc(); inc(); var_dump($g, read());
create(); var_dump($newGlobal);
function noGlobal() { return isset($g) ? 'set' : 'unset'; }
var_dump(noGlobal());
--EXPECT--
int(3)
int(3)
string(4) "made"
string(5) "unset"
