--TEST--
static properties: rebinding by reference, typed statics never assigned
--FILE--
<?php
class A { public static ?int $a; public static int $b; public static int $c; public static $u = 1; }
class B extends A {}
$x =& A::$a; var_dump($x);
try { $y =& A::$b; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { var_dump(A::$b); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { A::$b += 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { A::$b++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(isset(A::$b));
A::$c = 5; var_dump(A::$c);
function f(&$r) { $r = 3; }
try { f(A::$b); } catch (Error $e) { echo $e->getMessage(), "\n"; }
// Rebinding: the static's name becomes the other variable's reference.
$v = "7";
A::$c = &$v;
var_dump(A::$c, B::$c);
$v = 8;
var_dump(A::$c, B::$c);
try { $v = "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
B::$u = &$v;
A::$u = 9;
var_dump($v, A::$c);
try { A::$c = &A::$a; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
A::$a = null;
try { A::$c = &A::$a; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(A::$c);
--EXPECT--
NULL
Cannot access uninitialized non-nullable property A::$b by reference
Typed static property A::$b must not be accessed before initialization
Typed static property A::$b must not be accessed before initialization
Typed static property A::$b must not be accessed before initialization
bool(false)
int(5)
Cannot access uninitialized non-nullable property A::$b by reference
int(7)
int(7)
int(8)
int(8)
Cannot assign string to reference held by property A::$c of type int
int(9)
int(9)
Cannot assign null to property A::$c of type int
Cannot assign null to property A::$c of type int
int(9)
