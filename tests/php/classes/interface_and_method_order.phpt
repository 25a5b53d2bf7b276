--TEST--
class_implements of a class naming no interface walks its parent's list backwards; get_class_methods lists own, inherited, then trait methods
--FILE--
<?php
interface I1 {} interface I2 extends I1 {} interface I3 {}
class P implements I3, I2 {}
class R extends P {}
class S extends R {}
class U extends R implements I3 {}
class V extends P { function __toString(): string { return ''; } }
foreach (['P','R','S','U','V'] as $c) echo $c, ': ', implode(',', class_implements($c)), ' | ', implode(',', (new ReflectionClass($c))->getInterfaceNames()), "\n";
trait T { function t1() {} function own() {} }
class Base { function b1() {} function b2() {} }
class K extends Base { use T; function own() {} function k1() {} function b2() {} }
echo implode(',', get_class_methods('K')), "\n";
--EXPECT--
P: I3,I2,I1 | I3,I2,I1
R: I1,I2,I3 | I1,I2,I3
S: I3,I2,I1 | I3,I2,I1
U: I1,I2,I3 | I1,I2,I3
V: I3,I2,I1,Stringable | I3,I2,I1,Stringable
own,k1,b2,b1,t1
