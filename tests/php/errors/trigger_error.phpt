--TEST--
trigger_error at each level
--FILE--
<?php
trigger_error("a notice");
trigger_error("a warning", E_USER_WARNING);
trigger_error("a deprecation", E_USER_DEPRECATED);
echo "still running\n";
trigger_error("fatal now", E_USER_ERROR);
echo "not reached\n";
--EXPECTF--
Notice: a notice in %s/tests/php/errors/trigger_error.php on line 2

Warning: a warning in %s/tests/php/errors/trigger_error.php on line 3

Deprecated: a deprecation in %s/tests/php/errors/trigger_error.php on line 4
still running

Fatal error: fatal now in %s/tests/php/errors/trigger_error.php on line 6
