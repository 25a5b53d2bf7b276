--TEST--
non-public magic methods get PHP's compile-time warning and still work
--FILE--
<?php
class A {
    private function __get($n) { return "get $n"; }
    protected function __call($n, $a) { return "call $n"; }
    private static function __callStatic($n, $a) { return "static $n"; }
    private function __construct() {}
    private function __clone() {}
    public static function make() { return new static; }
}
$a = A::make();
echo $a->x, "\n", $a->m(), "\n", A::s(), "\n";
--EXPECTF--
Warning: The magic method A::__get() must have public visibility in %s/tests/php/classes/magic_method_visibility.php on line 3

Warning: The magic method A::__call() must have public visibility in %s/tests/php/classes/magic_method_visibility.php on line 4

Warning: The magic method A::__callStatic() must have public visibility in %s/tests/php/classes/magic_method_visibility.php on line 5
get x
call m
static s
