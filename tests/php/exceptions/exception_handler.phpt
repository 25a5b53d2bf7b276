--TEST--
set_exception_handler and restore_exception_handler
--FILE--
<?php
function h1(Throwable $e) { echo "h1: ", get_class($e), " ", $e->getMessage(), "\n"; }
var_dump(set_exception_handler('h1'));
var_dump(set_exception_handler(function ($e) { echo "closure: ", $e->getMessage(), "\n"; }));
var_dump(restore_exception_handler());
register_shutdown_function(function () { echo "shutdown\n"; });
echo "throwing\n";
throw new Exception("handled at top");
echo "not reached\n";
--EXPECT--
NULL
string(2) "h1"
bool(true)
throwing
h1: Exception handled at top
shutdown
