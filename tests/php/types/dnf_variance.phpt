--TEST--
DNF and intersection types in inheritance: covariant returns, contravariant parameters, invariant properties
--FILE--
<?php
interface A {} interface B {} interface C {} interface D extends A {}
class Base {
    public function r1(): (A&B)|C { return new class implements C {}; }
    public function r2(): A|C { return new class implements C {}; }
    public function r3(): object { return new stdClass; }
    public function p1(A&B $x) {}
    public function p2((A&B)|C $x) {}
    public (A&B)|C $prop;
}
class Child extends Base {
    public function r1(): (D&B)|C { return new class implements C {}; }
    public function r2(): (A&B)|C { return new class implements C {}; }
    public function r3(): A&B { return new class implements A, B {}; }
    public function p1((A&B)|C $x) {}
    public function p2(A|C $x) {}
    public (B&A)|C $prop;
}
echo "declared\n";
echo (new ReflectionMethod('Child', 'r1'))->getReturnType(), "\n";
echo (new ReflectionProperty('Child', 'prop'))->getType(), "\n";
--EXPECT--
declared
(D&B)|C
(B&A)|C
