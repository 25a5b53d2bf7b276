--TEST--
trigger_error and user_error at every user level, invalid level
--FILE--
<?php
var_dump(trigger_error("n"));
var_dump(user_error("w", E_USER_WARNING));
var_dump(trigger_error("d", E_USER_DEPRECATED));
try {
    trigger_error("bad", E_WARNING);
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
set_error_handler(function ($no, $str, $file, $line) {
    echo "handled $no $str at line $line\n";
});
var_dump(trigger_error("fatal handled", E_USER_ERROR));
restore_error_handler();
echo "before fatal\n";
user_error("really fatal", E_USER_ERROR);
echo "not reached\n";
--EXPECTF--
Notice: n in %s/tests/php/exceptions/trigger_error_levels.php on line 2
bool(true)

Warning: w in %s/tests/php/exceptions/trigger_error_levels.php on line 3
bool(true)

Deprecated: d in %s/tests/php/exceptions/trigger_error_levels.php on line 4
bool(true)
ValueError: trigger_error(): Argument #2 ($error_level) must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED
handled 256 fatal handled at line 13
bool(true)
before fatal

Fatal error: really fatal in %s/tests/php/exceptions/trigger_error_levels.php on line 16
