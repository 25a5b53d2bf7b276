--TEST--
A built-in whose warning runs the user error handler appears in the handler's traces
--INI--
zend.exception_ignore_args=1
--FILE--
<?php
set_error_handler(function ($no, $str, $file, $line) { throw new ErrorException($str, 0, $no, $file, $line); });
function load($f) { return file_get_contents($f); }
try {
    load('/nonexistent');
} catch (ErrorException $e) {
    echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n";
}
set_error_handler(function ($no, $str) { echo "handled: $str\n", (new Exception)->getTraceAsString(), "\n"; return true; });
var_dump(intdiv(7, 2), str_repeat('ab', 2), array_combine([1], [2]));
$x = [1];
echo @$x[5], count([]) + strlen('abc'), "\n";
load('/nonexistent/2');
restore_error_handler();
restore_error_handler();
echo "done\n";
?>
--EXPECTF--
file_get_contents(/nonexistent): Failed to open stream: No such file or directory
#0 [internal function]: {closure}()
#1 %s/tests/php/errors/handler_trace_builtin.php(3): file_get_contents()
#2 %s/tests/php/errors/handler_trace_builtin.php(5): load()
#3 {main}
int(3)
string(4) "abab"
array(1) {
  [1]=>
  int(2)
}
handled: Undefined array key 5
#0 %s/tests/php/errors/handler_trace_builtin.php(12): {closure}()
#1 {main}
3
handled: file_get_contents(/nonexistent/2): Failed to open stream: No such file or directory
#0 [internal function]: {closure}()
#1 %s/tests/php/errors/handler_trace_builtin.php(3): file_get_contents()
#2 %s/tests/php/errors/handler_trace_builtin.php(13): load()
#3 {main}
done
