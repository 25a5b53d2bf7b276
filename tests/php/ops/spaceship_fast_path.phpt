--TEST--
<=> of ints and of floats (the prepared fast path) and of everything else (the general path), NAN included
--FILE--
<?php
$a = [3, 1, 2, 1.5, NAN, "10", "9", null, true, [1], [0, 1]];
foreach ($a as $x) { $r = []; foreach ($a as $y) $r[] = $x <=> $y; echo implode(',', $r), "\n"; }
$i = PHP_INT_MAX; $j = PHP_INT_MIN; var_dump($i <=> $j, $j <=> $i, 1.0 <=> 1, 2 <=> 2.5, -0.0 <=> 0.0, INF <=> NAN);
$v = [5, 3, 9, 1, 7]; usort($v, fn($a, $b) => $a <=> $b); echo implode(',', $v), "\n";
$v = [5.5, 3.25, 9.0, 1.5]; usort($v, fn($a, $b) => $b <=> $a); echo implode(',', $v), "\n";
function f($x, $y) { return $x <=> $y; } $s = 0; for ($k = 0; $k < 100; $k++) $s += f($k % 7, 3); echo $s, "\n";
--EXPECT--
0,1,1,1,1,-1,-1,1,0,-1,-1
-1,0,-1,-1,1,-1,-1,1,0,-1,-1
-1,1,0,1,1,-1,-1,1,0,-1,-1
-1,1,-1,0,1,-1,-1,1,0,-1,-1
1,1,1,1,1,1,1,1,0,-1,-1
1,1,1,1,1,0,1,1,0,-1,-1
1,1,1,1,1,-1,0,1,0,-1,-1
-1,-1,-1,-1,-1,-1,-1,0,-1,-1,-1
0,0,0,0,0,0,0,1,0,0,0
1,1,1,1,1,1,1,1,0,0,-1
1,1,1,1,1,1,1,1,0,1,0
int(1)
int(-1)
int(0)
int(-1)
int(0)
int(1)
1,3,5,7,9
9,5.5,3.25,1.5
-2
