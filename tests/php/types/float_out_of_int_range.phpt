--TEST--
A float outside the int range is no int for a parameter or property of type int (weak mode)
--FILE--
<?php
function f(int $x){ var_dump($x); }
try { f(9.3e18); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { f("9.3e18"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class A { public int $i = 0; }
$a = new A;
try { $a->i = 1e19; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$a->i = 1e3;
var_dump($a->i);
?>
--EXPECTF--
f(): Argument #1 ($x) must be of type int, float given, called in %s/tests/php/types/float_out_of_int_range.php on line 3
f(): Argument #1 ($x) must be of type int, string given, called in %s/tests/php/types/float_out_of_int_range.php on line 4
Cannot assign float to property A::$i of type int
int(1000)
