--TEST--
a 50 000-deep recursion works
--FILE--
<?php
function depth($n) { return $n == 0 ? 0 : 1 + depth($n - 1); }
echo depth(50000), "\n";
function sumTo($n, $acc = 0) { if ($n == 0) return $acc; return sumTo($n - 1, $acc + $n); }
echo sumTo(50000), "\n";
--EXPECT--
50000
1250025000
