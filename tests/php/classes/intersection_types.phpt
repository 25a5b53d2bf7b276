--TEST--
intersection types: an argument must be an instance of every class, messages spell the type with &, overrides are checked loosely
--FILE--
<?php
interface I {}
interface J {}
class Both implements I, J {}
class OnlyI implements I {}
function f(I&J $x): string { return get_class($x); }
echo f(new Both), "\n";
try {
    f(new OnlyI);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
class P { public function g(): I&J { return new Both; } }
class C extends P { public function g(): Both { return new Both; } }
echo get_class((new C)->g()), "\n";
if (true) {
    class D extends P { public function g(): int { return 1; } }
}
--EXPECTF--
Both
f(): Argument #1 ($x) must be of type I&J, OnlyI given, called in %s/tests/php/classes/intersection_types.php on line 9
Both

Fatal error: Declaration of D::g(): int must be compatible with P::g(): I&J in %s/tests/php/classes/intersection_types.php on line 17
