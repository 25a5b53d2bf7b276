--TEST--
A constant two interfaces (or the parent and an interface) declare differently is ambiguous unless the class declares it; an interface inherited twice is not
--FILE--
<?php
interface I1 { const FOO = 1; }
interface I2 { const FOO = 1; }
interface J extends I1 {}
class P implements I1 {}
class Q extends P implements J { }
class R implements I1, J { }
class S implements I1, I2 { const FOO = 3; }
interface K extends I1, J {}
echo S::FOO, "ok\n";
class T extends P implements I2 {}
--EXPECTF--
3ok

Fatal error: Class T inherits both I1::FOO and I2::FOO, which is ambiguous in %s/tests/php/classes/constant_inherits_both.php on line 11
