--TEST--
excluding the same trait method twice in one insteadof rule is fatal
--FILE--
<?php

trait T1 { function f() { return 1; } function g() {} }
trait T2 { function f() { return 2; } }
class NotTrait {}
class A7 { use T1, T2 { T1::f insteadof T2, T2; } }
echo "ok\n";
--EXPECTF--
Fatal error: Failed to evaluate a trait precedence (f). Method of trait T2 was defined to be excluded multiple times in %s/tests/php/classes/trait_insteadof_twice.php on line 6
