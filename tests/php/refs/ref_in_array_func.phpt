--TEST--
references survive array functions
--FILE--
<?php
$a = 1; $b = 2;
$arr = [&$a, &$b];
foreach ($arr as &$x) { $x *= 2; }
unset($x);
var_dump($a, $b);
$swap = function (&$p, &$q) { [$p, $q] = [$q, $p]; };
$swap($a, $b);
var_dump($a, $b);
--EXPECT--
int(2)
int(4)
int(4)
int(2)
