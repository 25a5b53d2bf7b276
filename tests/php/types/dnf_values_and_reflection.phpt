--TEST--
DNF types: values checked group by group, printed with parentheses, reflected as a union of intersections
--FILE--
<?php
interface A {} interface B {} interface C {}
class AB implements A, B {} class C1 implements C {} class OnlyA implements A {}
function f((A&B)|(A&C)|int $x) { return is_object($x) ? get_class($x) : $x; }
echo f(new AB), ' ', f(7), "\n";
try { f(new OnlyA); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { f(new C1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function g(): (A&B)|null { return new OnlyA; }
try { g(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class P { public (A&B)|C|null $p = null; }
$p = new P; $p->p = new C1; $p->p = new AB; $p->p = null;
try { $p->p = new OnlyA; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$t = (new ReflectionFunction('f'))->getParameters()[0]->getType();
echo get_class($t), ' ', $t, ' ', $t->allowsNull() ? 'null' : 'no null', "\n";
foreach ($t->getTypes() as $m) {
    echo '  ', get_class($m), ' ', $m;
    if ($m instanceof ReflectionIntersectionType) {
        foreach ($m->getTypes() as $n) echo ' [', $n->getName(), ']';
    }
    echo "\n";
}
$t = (new ReflectionProperty('P', 'p'))->getType();
echo get_class($t), ' ', $t, "\n";
$t = (new ReflectionFunction('g'))->getReturnType();
echo get_class($t), ' ', $t, ' ', count($t->getTypes()), "\n";
function h(A&B $x) {}
$t = (new ReflectionFunction('h'))->getParameters()[0]->getType();
echo get_class($t), ' ', $t, ' ', count($t->getTypes()), "\n";
--EXPECTF--
AB 7
f(): Argument #1 ($x) must be of type (A&B)|(A&C)|int, OnlyA given, called in %s/tests/php/types/dnf_values_and_reflection.php on line 6
f(): Argument #1 ($x) must be of type (A&B)|(A&C)|int, C1 given, called in %s/tests/php/types/dnf_values_and_reflection.php on line 7
g(): Return value must be of type (A&B)|null, OnlyA returned
Cannot assign OnlyA to property P::$p of type (A&B)|C|null
ReflectionUnionType (A&B)|(A&C)|int no null
  ReflectionIntersectionType A&B [A] [B]
  ReflectionIntersectionType A&C [A] [C]
  ReflectionNamedType int
ReflectionUnionType (A&B)|C|null
ReflectionUnionType (A&B)|null 2
ReflectionIntersectionType A&B 2
