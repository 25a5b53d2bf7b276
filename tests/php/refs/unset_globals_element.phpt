--TEST--
unset($GLOBALS['k']) unsets the global (also from an error handler), defined() ignores trait constants
--FILE--
<?php
set_error_handler(function () {
    unset($GLOBALS['c']);
});
$c -= 1;
var_dump($c);
$g = 5;
function drop() { unset($GLOBALS['g']); }
drop();
var_dump(isset($g));
trait T { public const C = 42; }
class UsesT { use T; }
var_dump(defined('T::C'), defined('UsesT::C'));
?>
--EXPECT--
int(-1)
bool(false)
bool(false)
bool(true)
