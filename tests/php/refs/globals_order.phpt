--TEST--
$GLOBALS lists PHP's superglobals first, then the main script's variables, then later ones; $_ENV only when named
--FILE--
<?php
$x = 1;
function f() { global $late; $late = 2; }
f();
$y = 2;
echo implode(",", array_keys($GLOBALS)), "\n";
unset($x);
$GLOBALS['fresh'] = 3;
echo implode(",", array_keys($GLOBALS)), "\n";
var_dump(count($_ENV) >= 0);
?>
--EXPECT--
_GET,_POST,_COOKIE,_FILES,argv,argc,_SERVER,_ENV,x,y,late
_GET,_POST,_COOKIE,_FILES,argv,argc,_SERVER,_ENV,y,late,fresh
bool(true)
