<?php
function outer() {
  static $n = 0;
  $f = function &() use (&$n) { static $m; return $n; };
  $g = fn&(array &$x) => $x;
  return [$f, $g];
}
