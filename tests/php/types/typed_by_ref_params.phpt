--TEST--
typed by-reference parameters: the referenced value is checked, and coerced in place in weak mode (variadics too)
--FILE--
<?php
class K {}
function to_int(int &$x) {}
function to_str(?string &$x) {}
function to_k(K &$x) {}
$x = 1.0; to_int($x); var_dump($x);
$y = 5; to_str($y); var_dump($y);
$z = "abc"; try { to_int($z); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$w = 1; try { to_k($w); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$k = new K; to_k($k); var_dump($k);
$n = null; to_str($n); var_dump($n);
function fv(int &...$a) { var_dump($a); }
$p = "5"; $q = 6.0; fv($p, $q); var_dump($p, $q);
--EXPECTF--
int(1)
string(1) "5"
to_int(): Argument #1 ($x) must be of type int, string given, called in %s/tests/php/types/typed_by_ref_params.php on line 8
to_k(): Argument #1 ($x) must be of type K, int given, called in %s/tests/php/types/typed_by_ref_params.php on line 9
object(K)#1 (0) {
}
NULL
array(2) {
  [0]=>
  &int(5)
  [1]=>
  &int(6)
}
int(5)
int(6)
