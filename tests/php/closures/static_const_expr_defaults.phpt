--TEST--
closures: static variables with constant-expression defaults (??, class constants, array dereferences)
--FILE--
<?php
const A = [1 => [[]]];
class K { const C = 5; static function f() { return function () { static $s = self::C * 2; return ++$s; }; } }
$f = K::f();
var_dump($f(), $f());
var_dump((function(){ static $var = null ?? A[1]['undefined']['index'] ?? 1; return $var; })());
var_dump((function(){ static $var = A[1][0][2] ?? 4; return $var; })());
$g = function () { static $n = PHP_INT_SIZE + 1, $m = [A[1]]; return [$n++, $m]; };
var_dump($g(), $g());
--EXPECT--
int(11)
int(12)
int(1)
int(4)
array(2) {
  [0]=>
  int(9)
  [1]=>
  array(1) {
    [0]=>
    array(1) {
      [0]=>
      array(0) {
      }
    }
  }
}
array(2) {
  [0]=>
  int(10)
  [1]=>
  array(1) {
    [0]=>
    array(1) {
      [0]=>
      array(0) {
      }
    }
  }
}
