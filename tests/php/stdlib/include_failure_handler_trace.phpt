--TEST--
An error handler called for a failed include/require sees the include as a frame without arguments
--FILE--
<?php
set_error_handler(function ($n, $s) {
    echo "$s\n";
    debug_print_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS);
    var_dump(debug_backtrace()[1] ?? null);
    return true;
});
function f() { include_once 'no-such-file.php'; }
f();
$r = include 'no-such-file-either.php';
var_dump($r);
try {
    require 'nope2.php';
} catch (Error $e) {
    echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n";
}
--EXPECTF--
include_once(no-such-file.php): Failed to open stream: No such file or directory
#0 %s/tests/php/stdlib/include_failure_handler_trace.php(8): {closure}()
#1 %s/tests/php/stdlib/include_failure_handler_trace.php(8): include_once()
#2 %s/tests/php/stdlib/include_failure_handler_trace.php(9): f()
array(3) {
  ["file"]=>
  string(%d) "%s/tests/php/stdlib/include_failure_handler_trace.php"
  ["line"]=>
  int(8)
  ["function"]=>
  string(12) "include_once"
}
include_once(): Failed opening 'no-such-file.php' for inclusion (include_path='.:/usr/share/php')
#0 %s/tests/php/stdlib/include_failure_handler_trace.php(8): {closure}()
#1 %s/tests/php/stdlib/include_failure_handler_trace.php(8): include_once()
#2 %s/tests/php/stdlib/include_failure_handler_trace.php(9): f()
array(3) {
  ["file"]=>
  string(%d) "%s/tests/php/stdlib/include_failure_handler_trace.php"
  ["line"]=>
  int(8)
  ["function"]=>
  string(12) "include_once"
}
include(no-such-file-either.php): Failed to open stream: No such file or directory
#0 %s/tests/php/stdlib/include_failure_handler_trace.php(10): {closure}()
#1 %s/tests/php/stdlib/include_failure_handler_trace.php(10): include()
array(3) {
  ["file"]=>
  string(%d) "%s/tests/php/stdlib/include_failure_handler_trace.php"
  ["line"]=>
  int(10)
  ["function"]=>
  string(7) "include"
}
include(): Failed opening 'no-such-file-either.php' for inclusion (include_path='.:/usr/share/php')
#0 %s/tests/php/stdlib/include_failure_handler_trace.php(10): {closure}()
#1 %s/tests/php/stdlib/include_failure_handler_trace.php(10): include()
array(3) {
  ["file"]=>
  string(%d) "%s/tests/php/stdlib/include_failure_handler_trace.php"
  ["line"]=>
  int(10)
  ["function"]=>
  string(7) "include"
}
bool(false)
require(nope2.php): Failed to open stream: No such file or directory
#0 %s/tests/php/stdlib/include_failure_handler_trace.php(13): {closure}()
#1 %s/tests/php/stdlib/include_failure_handler_trace.php(13): require()
array(3) {
  ["file"]=>
  string(%d) "%s/tests/php/stdlib/include_failure_handler_trace.php"
  ["line"]=>
  int(13)
  ["function"]=>
  string(7) "require"
}
Failed opening required 'nope2.php' (include_path='.:/usr/share/php')
#0 {main}
