--TEST--
Reading a missing $GLOBALS entry warns "Undefined global variable"; $$name and isset/?? stay as they were
--FILE--
<?php
echo $GLOBALS['nope'];
echo $GLOBALS['nope2']['deeper'];
$x = $GLOBALS['nope3'] ?? 'd'; echo $x, "\n";
function f() { return $GLOBALS['nope4']['x']; }
f();
$g = $GLOBALS; echo $g['nope5'] ?? 'e', "\n";
echo $GLOBALS['argc'] > 0 ? "ok\n" : "no\n";

function g() { $n = 'missing'; echo $$n; echo isset($GLOBALS['missing']) ? 'set' : 'unset', "\n"; }
g();
--EXPECTF--
Warning: Undefined global variable $nope in %s/tests/php/lang/globals_undefined_read.php on line 2

Warning: Undefined global variable $nope2 in %s/tests/php/lang/globals_undefined_read.php on line 3

Warning: Trying to access array offset on value of type null in %s/tests/php/lang/globals_undefined_read.php on line 3
d

Warning: Undefined global variable $nope4 in %s/tests/php/lang/globals_undefined_read.php on line 5

Warning: Trying to access array offset on value of type null in %s/tests/php/lang/globals_undefined_read.php on line 5
e
ok

Warning: Undefined variable $missing in %s/tests/php/lang/globals_undefined_read.php on line 10
unset
