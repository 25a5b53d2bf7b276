--TEST--
traits: each using class gets its own copy of a method's static variables; a __toString from a trait makes the class Stringable
--FILE--
<?php
trait Counter {
    public function inc() { static $c = 0; return ++$c; }
    public static function obj() { static $o; return $o ??= new stdClass; }
}
class C1 { use Counter; }
class C2 { use Counter; }
class C3 extends C1 {}
$a = new C1; $b = new C2; $d = new C3;
echo $a->inc(), $a->inc(), $b->inc(), $d->inc(), $b->inc(), "\n";
var_dump(C1::obj() === C2::obj(), C1::obj() === C3::obj());

trait S { public function __toString(): string { return "s"; } }
trait S2 { use S; }
class U { use S; }
class V { use S2; }
var_dump(new U instanceof Stringable, new V instanceof Stringable, class_implements(new U));
var_dump((new ReflectionClass('S'))->getInterfaceNames());
function f(string $s) { return $s; }
var_dump(f(new V));
--EXPECT--
12132
bool(false)
bool(true)
bool(true)
bool(true)
array(1) {
  ["Stringable"]=>
  string(10) "Stringable"
}
array(0) {
}
string(1) "s"
