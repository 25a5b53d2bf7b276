--TEST--
instantiating an abstract class or interface, missing abstract implementation is fatal
--FILE--
<?php
interface I { function f(); }
abstract class A { abstract function g(); }
try { new I; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { new A; } catch (Error $e) { echo $e->getMessage(), "\n"; }
if (true) { class Bad implements I {} }
echo "not reached\n";
--EXPECTF--
Cannot instantiate interface I
Cannot instantiate abstract class A

Fatal error: Class Bad contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (I::f) in %s/tests/php/classes/errors_fatal_abstract.php on line 6
