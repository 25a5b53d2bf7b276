--TEST--
a handler is called even when error_reporting excludes the level
--FILE--
<?php
error_reporting(0);
set_error_handler(function ($no, $str) { echo "got $no: $str\n"; return false; });
echo $x;
trigger_error("u", E_USER_NOTICE);
error_reporting(E_ALL);
restore_error_handler();
set_error_handler(function ($no, $str) { echo "second: $str\n"; }, E_NOTICE);
echo $y;
echo "end\n";
--EXPECTF--
got 2: Undefined variable $x
got 1024: u

Warning: Undefined variable $y in %s/tests/php/exceptions/error_handler_not_called_for_masked.php on line 9
end
