--TEST--
const, define and constants
--FILE--
<?php
const A = 1;
const B = A + 1, C = "c" . A;
define('D', [1, 2]);
echo A, B, C, D[1], "\n";
var_dump(defined('A'), defined('Z'), constant('B'), PHP_EOL === "\n", M_PI, E_ALL, E_WARNING, E_STRICT);
try { echo UNDEFINED_CONST; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
define('A', 2);
echo A, "\n";
--EXPECTF--
12c12
bool(true)
bool(false)
int(2)
bool(true)
float(3.141592653589793)
int(32767)
int(2)
int(2048)
Error: Undefined constant "UNDEFINED_CONST"

Warning: Constant A already defined in %s/tests/php/control/const.php on line 8
1
