--TEST--
static variables keep their value between calls
--FILE--
<?php
function counter() { static $n = 0; static $arr = []; $n++; $arr[] = $n; return [$n, count($arr)]; }
counter(); counter(); var_dump(counter());
function withExpr() { static $x = 1 + 2, $y = [1, 2]; return $x + count($y); }
var_dump(withExpr());
function recurse($d) { static $calls = 0; $calls++; if ($d > 0) recurse($d - 1); return $calls; }
var_dump(recurse(5));
--EXPECT--
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(3)
}
int(5)
int(6)
