--TEST--
matrix multiplication
--FILE--
<?php
function matmul($a, $b) {
    $r = [];
    foreach ($a as $i => $row) foreach (array_keys($b[0]) as $j) { $s = 0; foreach ($row as $k => $v) $s += $v * $b[$k][$j]; $r[$i][$j] = $s; }
    return $r;
}
$m = matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]);
foreach ($m as $row) echo implode(" ", $row), "\n";
print_r(matmul([[1.5]], [[2]]));
--EXPECT--
19 22
43 50
Array
(
    [0] => Array
        (
            [0] => 3
        )

)
