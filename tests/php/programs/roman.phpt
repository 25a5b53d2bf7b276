--TEST--
integer to roman numerals
--FILE--
<?php
function roman(int $n): string {
    $map = ['M' => 1000, 'CM' => 900, 'D' => 500, 'CD' => 400, 'C' => 100, 'XC' => 90, 'L' => 50, 'XL' => 40, 'X' => 10, 'IX' => 9, 'V' => 5, 'IV' => 4, 'I' => 1];
    $r = '';
    foreach ($map as $sym => $val) { while ($n >= $val) { $r .= $sym; $n -= $val; } }
    return $r;
}
foreach ([1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] as $n) echo $n, " ", roman($n), "\n";
--EXPECT--
1 I
4 IV
9 IX
14 XIV
40 XL
90 XC
400 CD
1994 MCMXCIV
2024 MMXXIV
3999 MMMCMXCIX
