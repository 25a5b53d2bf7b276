--TEST--
an unqualified alias of a method two used traits define is ambiguous, a fatal error at link time
--FILE--
<?php

trait T1 { function f() { return 1; } function g() {} }
trait T2 { function f() { return 2; } }
class NotTrait {}
class A1 { use T1, T2 { T1::f insteadof T2; f as h; } }
echo "ok\n";
--EXPECTF--
Fatal error: An alias was defined for method f(), which exists in both T1 and T2. Use T1::f or T2::f to resolve the ambiguity in %s/tests/php/classes/trait_alias_ambiguous.php on line 6
