--TEST--
a trait rule naming a class that is not a trait is fatal
--FILE--
<?php

trait T1 { function f() { return 1; } function g() {} }
trait T2 { function f() { return 2; } }
class NotTrait {}
class A3 { use T1 { NotTrait::f as h; } }
echo "ok\n";
--EXPECTF--
Fatal error: Class NotTrait is not a trait, Only traits may be used in 'as' and 'insteadof' statements in %s/tests/php/classes/trait_rule_not_a_trait.php on line 6
