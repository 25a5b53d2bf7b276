<?php
// Nested loops over integer and float arithmetic.
$sum = 0;
$acc = 0.0;
for ($i = 0; $i < 20000; $i++) {
    for ($j = 0; $j < 1000; $j++) {
        $sum += ($i * $j) % 7;
        if ($j % 3 === 0) {
            $acc += $i / ($j + 1);
        }
    }
}
echo $sum, " ", round($acc, 3), "\n";
