--TEST--
the next key after a negative one: fresh arrays, the [] literal, constant arrays, pops
--FILE--
<?php
$u[-3] = 1; $u[] = 2; echo implode(",", array_keys($u)), "\n";
$e = array_filter([1], fn() => false); $e[-3] = 1; $e[] = 2; echo implode(",", array_keys($e)), "\n";
$f = array(); $f[-3] = 1; $f[] = 2; echo implode(",", array_keys($f)), "\n";
$g = [-3 => 1, 2]; echo implode(",", array_keys($g)), "\n";
$x = -7; $g2 = [$x => 1, 2]; echo implode(",", array_keys($g2)), "\n";
$g3 = [1, -5 => 'x', 'y']; echo implode(",", array_keys($g3)), "\n";
$h = [1, 2]; array_pop($h); array_pop($h); $h[-3] = 1; $h[] = 2; echo implode(",", array_keys($h)), "\n";
$i = explode(",", "a"); unset($i[0]); $i[-3] = 1; $i[] = 2; echo implode(",", array_keys($i)), "\n";
$k = [PHP_INT_MIN => 1]; $k[] = 2; echo implode(",", array_keys($k)), "\n";
$d = array_fill(-5, 2, 0); $d[] = 1; echo implode(",", array_keys($d)), "\n";
--EXPECT--
-3,-2
-3,-2
-3,0
-3,-2
-7,-6
0,-5,1
-3,0
-3,1
-9223372036854775808,-9223372036854775807
-5,-4,-3
