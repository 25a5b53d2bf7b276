--TEST--
intersection (A&B) and DNF ((A&B)|null) types are checked as such and printed with parentheses
--FILE--
<?php
interface A {} interface B {} class AB implements A, B {} class OnlyA implements A {}
function dnf((A&B)|null $x): string { return $x === null ? 'null' : get_class($x); }
function inter(A&B $x): string { return get_class($x); }
echo dnf(new AB), ' ', dnf(null), "\n";
try { echo dnf(new OnlyA), "\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { echo inter(new OnlyA), "\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class P { public (A&B)|int $p = 0; }
$p = new P; $p->p = new AB; echo get_class($p->p), "\n";
try { $p->p = new OnlyA; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo (new ReflectionFunction('dnf'))->getParameters()[0]->getType(), "\n";
--EXPECTF--
AB null
dnf(): Argument #1 ($x) must be of type (A&B)|null, OnlyA given, called in %s/tests/php/func/intersection_dnf_types.php on line 6
inter(): Argument #1 ($x) must be of type A&B, OnlyA given, called in %s/tests/php/func/intersection_dnf_types.php on line 7
AB
Cannot assign OnlyA to property P::$p of type (A&B)|int
(A&B)|null
