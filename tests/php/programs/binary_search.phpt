--TEST--
binary search
--FILE--
<?php
function bsearch(array $a, int $x): int {
    $lo = 0; $hi = count($a) - 1;
    while ($lo <= $hi) { $mid = ($lo + $hi) >> 1; if ($a[$mid] === $x) return $mid; if ($a[$mid] < $x) $lo = $mid + 1; else $hi = $mid - 1; }
    return -1;
}
$data = range(0, 200, 2);
foreach ([0, 50, 51, 200, 201] as $x) echo "$x => ", bsearch($data, $x), "\n";
--EXPECT--
0 => 0
50 => 25
51 => -1
200 => 100
201 => -1
