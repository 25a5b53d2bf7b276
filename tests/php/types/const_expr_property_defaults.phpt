--TEST--
property and static defaults from constant expressions are checked strictly for their type when the class is first used, and fail again at the next use
--FILE--
<?php
define("FOO", 5);
const BAR = "7";
class A { public int $foo = FOO; public float $f = FOO; }
class A2 { public string $s = FOO; }
try { new A2; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { new A2; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(new A);
class S { public static string $s = FOO; public static int $t = BAR; public static ?int $n = BAR; }
try { var_dump(S::$s); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { var_dump(S::$s); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
enum E { case X; }
class C { public E $e = E::X; public int $i = BAR; }
try { var_dump(new C); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
Cannot assign int to property A2::$s of type string
Cannot assign int to property A2::$s of type string
object(A)#1 (2) {
  ["foo"]=>
  int(5)
  ["f"]=>
  float(5)
}
Cannot assign int to property S::$s of type string
Cannot assign int to property S::$s of type string
Cannot assign string to property C::$i of type int
