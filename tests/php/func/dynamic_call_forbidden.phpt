--TEST--
Built-ins acting on their caller's scope refuse dynamic calls ($f(), call_user_func, callbacks)
--FILE--
<?php
function f() {
    extract(['a' => 1]);
    var_dump($a, compact('a'), func_num_args());
    foreach (['extract', 'compact', 'get_defined_vars', 'func_get_args', 'func_num_args'] as $name) {
        var_dump(is_callable($name));
        try {
            $name(['b' => 2]);
        } catch (Error $e) {
            echo $e->getMessage(), "\n";
        }
        try {
            call_user_func($name, ['b' => 2]);
        } catch (Error $e) {
            echo $e->getMessage(), "\n";
        }
        try {
            array_map($name, [['b' => 2]]);
        } catch (Error $e) {
            echo get_class($e), ': ', $e->getMessage(), ' #0 ', $e->getTrace()[0]['function'], "\n";
        }
    }
    var_dump(isset($b));
}
f();
--EXPECT--
int(1)
array(1) {
  ["a"]=>
  int(1)
}
int(0)
bool(true)
Cannot call extract() dynamically
Cannot call extract() dynamically
Error: Cannot call extract() dynamically #0 extract
bool(true)
Cannot call compact() dynamically
Cannot call compact() dynamically
Error: Cannot call compact() dynamically #0 compact
bool(true)
get_defined_vars() expects exactly 0 arguments, 1 given
get_defined_vars() expects exactly 0 arguments, 1 given
ArgumentCountError: get_defined_vars() expects exactly 0 arguments, 1 given #0 get_defined_vars
bool(true)
func_get_args() expects exactly 0 arguments, 1 given
func_get_args() expects exactly 0 arguments, 1 given
ArgumentCountError: func_get_args() expects exactly 0 arguments, 1 given #0 func_get_args
bool(true)
func_num_args() expects exactly 0 arguments, 1 given
func_num_args() expects exactly 0 arguments, 1 given
ArgumentCountError: func_num_args() expects exactly 0 arguments, 1 given #0 func_num_args
bool(false)
