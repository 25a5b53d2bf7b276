<?php
function f($a, &$b, ...$c) { return $a; }
f(1, $x, 2, 3);
g($x, $y[1], 1, h());
var_dump(...$x);
f(a: 1, b: $z);
$fn = "f"; $fn(1);
"f"(2);
array_push($arr, 1);
echo sprintf("%d", 1);
f($q[1], $w, ++$i);
g(a: 1);
