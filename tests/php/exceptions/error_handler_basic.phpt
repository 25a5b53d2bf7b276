--TEST--
set_error_handler: arguments, mask, return false, restore
--FILE--
<?php
function h($no, $str, $file, $line) {
    echo "handler: $no $str ", basename($file), ":$line (", func_num_args(), " args)\n";
    return true;
}
$old = set_error_handler('h');
var_dump($old);
echo $undefined;
trigger_error("custom", E_USER_WARNING);
// Only warnings: a notice goes to the standard handler.
$prev = set_error_handler(function ($no, $str) { echo "closure: $str\n"; }, E_WARNING | E_USER_WARNING);
var_dump($prev);
echo $undef2;
trigger_error("user notice");
trigger_error("user warning", E_USER_WARNING);
// Returning false falls back to the standard handler too.
set_error_handler(function ($no, $str) { echo "declined: $str\n"; return false; });
echo $undef3;
restore_error_handler();
restore_error_handler();
echo $undef4;
restore_error_handler();
echo $undef5;
var_dump(restore_error_handler());
var_dump(set_error_handler(null));
echo $undef6;
echo "done\n";
--EXPECTF--
NULL
handler: 2 Undefined variable $undefined error_handler_basic.php:8 (4 args)
handler: 512 custom error_handler_basic.php:9 (4 args)
string(1) "h"
closure: Undefined variable $undef2

Notice: user notice in %s/tests/php/exceptions/error_handler_basic.php on line 14
closure: user warning
declined: Undefined variable $undef3

Warning: Undefined variable $undef3 in %s/tests/php/exceptions/error_handler_basic.php on line 18
handler: 2 Undefined variable $undef4 error_handler_basic.php:21 (4 args)

Warning: Undefined variable $undef5 in %s/tests/php/exceptions/error_handler_basic.php on line 23
bool(true)
NULL

Warning: Undefined variable $undef6 in %s/tests/php/exceptions/error_handler_basic.php on line 26
done
