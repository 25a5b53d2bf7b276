<?php
foreach ([1,2,3] as $k => $v) { echo $k, $v; }
foreach ($arr as &$r) { $r = 1; }
foreach ($arr as [$p, $q]) {}
foreach ($arr as $x) { foreach ($x as $y) { if ($y) break 2; if (!$y) continue 2; } }
foreach (f() as $k => list($a, $b)) {}
