--TEST--
recursive walk over nested arrays
--FILE--
<?php
function flatten(array $a): array { $out = []; foreach ($a as $v) { if (is_array($v)) { foreach (flatten($v) as $x) $out[] = $x; } else $out[] = $v; } return $out; }
function depth(array $a): int { $d = 1; foreach ($a as $v) if (is_array($v)) $d = max($d, 1 + depth($v)); return $d; }
$n = [1, [2, [3, [4, 5]], 6], [[7]]];
echo implode(",", flatten($n)), " depth ", depth($n), "\n";
--EXPECT--
1,2,3,4,5,6,7 depth 4
