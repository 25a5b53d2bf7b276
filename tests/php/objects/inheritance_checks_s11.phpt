--TEST--
Final class constants cannot be overridden; a trait's property must repeat its type; Reflection reads trait constants
--FILE--
<?php
trait T { public const C = 42; }
$r = new ReflectionClass('T');
var_dump($r->getConstant('C'));
try { echo T::C; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$c = function () { return get_class($this) . ' ' . static::class; };
$d = $c->bindTo(new ArrayObject);
echo $d(), "\n";
var_dump((new ReflectionFunction($d))->getClosureScopeClass()->name);
class Dyn {}
$o = new Dyn;
$o->n += 1;
$o->m++;
var_dump($o);
eval('class P { final public const X = 1; } class Q extends P { public const X = 2; }');
?>
--EXPECTF--
int(42)
Cannot access trait constant T::C directly
ArrayObject ArrayObject
string(7) "Closure"

Deprecated: Creation of dynamic property Dyn::$n is deprecated in %s/tests/php/objects/inheritance_checks_s11.php on line 12

Warning: Undefined property: Dyn::$n in %s/tests/php/objects/inheritance_checks_s11.php on line 12

Deprecated: Creation of dynamic property Dyn::$m is deprecated in %s/tests/php/objects/inheritance_checks_s11.php on line 13

Warning: Undefined property: Dyn::$m in %s/tests/php/objects/inheritance_checks_s11.php on line 13
object(Dyn)#7 (2) {
  ["n"]=>
  int(1)
  ["m"]=>
  int(1)
}

Fatal error: Q::X cannot override final constant P::X in %s/tests/php/objects/inheritance_checks_s11.php(15) : eval()'d code on line 1
