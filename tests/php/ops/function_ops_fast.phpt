--TEST--
count/strlen/array_key_exists/is_* and &&, ||, (bool), ! on every kind of operand; defaults of parameters
--FILE--
<?php
class C implements Countable { function count(): int { return 7; } }
function tmp() { return [1, 2, 3]; }
function s() { return "abc"; }
$a = ['x' => 1, 5 => null, '7' => 2];
$r = &$a;
$s = "héllo";
$n = null;
$o = new C;
$values = [null, false, true, 0, 1, -1, 0.0, 1.5, "", "0", "0.0", "a", [], [0], $o, STDIN];
echo count($a), count(tmp()), count($r), count($o), "\n";
echo strlen($s), strlen(s()), strlen(s() . "de"), strlen(12345), strlen(1.5), strlen(true), "\n";
var_dump(array_key_exists('x', $a), array_key_exists(5, $a), array_key_exists('5', $a),
    array_key_exists(7, $a), array_key_exists('y', $a), array_key_exists(null, $a),
    array_key_exists(1.7, [1 => 0]), array_key_exists(true, [1 => 0]), array_key_exists('x', $r),
    array_key_exists('a', ['a' => 1] + tmp()), array_key_exists(s(), ['abc' => 1]));
foreach ($values as $v) {
    echo '|', is_null($v) ? 'N' : '-', is_bool($v) ? 'B' : '-', is_int($v) ? 'I' : '-',
        is_float($v) ? 'F' : '-', is_string($v) ? 'S' : '-', is_array($v) ? 'A' : '-',
        is_object($v) ? 'O' : '-', is_scalar($v) ? 's' : '-', is_iterable($v) ? 'i' : '-',
        is_countable($v) ? 'c' : '-', is_resource($v) ? 'r' : '-', is_numeric($v) ? 'n' : '-',
        ' ', (bool) $v ? 'T' : 'F', !$v ? 'T' : 'F', ($v && 1) ? 'T' : 'F', ($v || 0) ? 'T' : 'F', "\n";
}
var_dump(is_int($undefined1));
var_dump(is_null($undefined2));
var_dump(is_array(tmp()), is_string(s()), !tmp(), (bool) s(), tmp() && s(), [] || "");
function d($a, int $b = 2, $c = [1, 2], ?string $d = null, float $e = 1, $f = PHP_INT_MAX, $g = M_PI) {
    var_dump([$a, $b, $c, $d, $e, $f, $g]);
}
d(1);
d(1, "3", [], "x", 2, 3);
d(a: 1, e: 5);
d(1, d: "y");
try {
    d(1, "x");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
function byref(&$x = 5) { $x++; return $x; }
echo byref(), "\n";
$z = 1;
echo byref($z), $z, "\n";
try {
    count($n);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    array_key_exists('x', $n);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
echo strlen($n), "\n";
--EXPECTF--
3337
635531

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s/tests/php/ops/function_ops_fast.php on line 15
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
|N----------- FTFF
|-B-----s---- FTFF
|-B-----s---- TFTT
|--I----s---n FTFF
|--I----s---n TFTT
|--I----s---n TFTT
|---F---s---n FTFF
|---F---s---n TFTT
|----S--s---- FTFF
|----S--s---n FTFF
|----S--s---n TFTT
|----S--s---- TFTT
|-----A--ic-- FTFF
|-----A--ic-- TFTT
|------O--c-- TFTT
|----------r- TFTT

Warning: Undefined variable $undefined1 in %s/tests/php/ops/function_ops_fast.php on line 24
bool(false)

Warning: Undefined variable $undefined2 in %s/tests/php/ops/function_ops_fast.php on line 25
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
array(7) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [3]=>
  NULL
  [4]=>
  float(1)
  [5]=>
  int(9223372036854775807)
  [6]=>
  float(3.141592653589793)
}
array(7) {
  [0]=>
  int(1)
  [1]=>
  int(3)
  [2]=>
  array(0) {
  }
  [3]=>
  string(1) "x"
  [4]=>
  float(2)
  [5]=>
  int(3)
  [6]=>
  float(3.141592653589793)
}
array(7) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [3]=>
  NULL
  [4]=>
  float(5)
  [5]=>
  int(9223372036854775807)
  [6]=>
  float(3.141592653589793)
}
array(7) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [3]=>
  string(1) "y"
  [4]=>
  float(1)
  [5]=>
  int(9223372036854775807)
  [6]=>
  float(3.141592653589793)
}
d(): Argument #2 ($b) must be of type int, string given, called in %s/tests/php/ops/function_ops_fast.php on line 35
6
22
count(): Argument #1 ($value) must be of type Countable|array, null given
array_key_exists(): Argument #2 ($array) must be of type array, null given

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s/tests/php/ops/function_ops_fast.php on line 53
0
