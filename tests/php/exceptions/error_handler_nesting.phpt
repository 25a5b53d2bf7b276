--TEST--
error handlers set and restored inside a running handler; debug_print_backtrace
--FILE--
<?php
set_error_handler(function ($no, $msg) { echo "outer: $msg\n"; return true; });
set_error_handler(function ($no, $msg) {
    echo "second: $msg\n";
    set_error_handler(function ($no, $msg) { echo "inner: $msg\n"; return true; });
    echo $inside;
    restore_error_handler();
    echo $after_restore;
    return true;
});
echo $first;
echo $second;
restore_error_handler();
echo $third;
class T {
    function run(array $a) { array_walk($a, function ($v) { $this->show($v); }); }
    private function show($v) { debug_print_backtrace(); debug_print_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS, 2); }
}
(new T)->run(["x"]);
var_dump(count(debug_backtrace()));
function depth() { return count(debug_backtrace()); }
var_dump(depth());
--EXPECTF--
second: Undefined variable $first
inner: Undefined variable $inside

Warning: Undefined variable $after_restore in %s/tests/php/exceptions/error_handler_nesting.php on line 8
second: Undefined variable $second
inner: Undefined variable $inside

Warning: Undefined variable $after_restore in %s/tests/php/exceptions/error_handler_nesting.php on line 8
outer: Undefined variable $third
#0 %s/tests/php/exceptions/error_handler_nesting.php(16): T->show('x')
#1 [internal function]: T->{closure}('x', 0)
#2 %s/tests/php/exceptions/error_handler_nesting.php(16): array_walk(Array, Object(Closure))
#3 %s/tests/php/exceptions/error_handler_nesting.php(19): T->run(Array)
#0 %s/tests/php/exceptions/error_handler_nesting.php(16): T->show()
#1 [internal function]: T->{closure}()
int(0)
int(1)
