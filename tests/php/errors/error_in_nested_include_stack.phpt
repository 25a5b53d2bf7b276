--TEST--
warnings inside functions report the right line
--FILE--
<?php
function warn() {
    return $undefined_inside;
}
var_dump(warn());
$f = fn() => $undef2;
var_dump($f());
--EXPECTF--
Warning: Undefined variable $undefined_inside in %s/tests/php/errors/error_in_nested_include_stack.php on line 3
NULL

Warning: Undefined variable $undef2 in %s/tests/php/errors/error_in_nested_include_stack.php on line 6
NULL
