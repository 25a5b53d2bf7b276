--TEST--
include of a missing file warns, require is fatal
--FILE--
<?php
$r = include 'does_not_exist.php';
var_dump($r);
echo "after include\n";
require 'does_not_exist_either.php';
echo "not reached\n";
--EXPECTF--
Warning: include(does_not_exist.php): Failed to open stream: No such file or directory in %s/tests/php/incl/include_missing.php on line 2

Warning: include(): Failed opening 'does_not_exist.php' for inclusion (include_path='.:/usr/share/php') in %s/tests/php/incl/include_missing.php on line 2
bool(false)
after include

Warning: require(does_not_exist_either.php): Failed to open stream: No such file or directory in %s/tests/php/incl/include_missing.php on line 5

Fatal error: Uncaught Error: Failed opening required 'does_not_exist_either.php' (include_path='.:/usr/share/php') in %s/tests/php/incl/include_missing.php:5
Stack trace:
#0 {main}
  thrown in %s/tests/php/incl/include_missing.php on line 5
