--TEST--
self::class in a constant expression with no class scope: "Cannot use "self" when no class scope is active"
--FILE--
<?php
class Test {
    const C = self::class;
    public function foobar() {
        eval("const FOO = self::class; var_dump(FOO);");
    }
}
(new Test)->foobar();
var_dump(Test::C);
const BAR = self::class;
--EXPECTF--
string(4) "Test"
string(4) "Test"

Fatal error: Uncaught Error: Cannot use "self" when no class scope is active in %s/tests/php/errors/self_class_const_expr_no_scope.php:10
Stack trace:
#0 {main}
  thrown in %s/tests/php/errors/self_class_const_expr_no_scope.php on line 10
