--TEST--
bubble sort with swaps through list()
--FILE--
<?php
function bubble(array $a): array {
    $n = count($a);
    for ($i = 0; $i < $n; $i++) for ($j = 0; $j < $n - $i - 1; $j++) if ($a[$j] > $a[$j + 1]) [$a[$j], $a[$j + 1]] = [$a[$j + 1], $a[$j]];
    return $a;
}
echo implode(",", bubble([5, 3, 9, 1, 5, 0, -2, 7])), "\n";
--EXPECT--
-2,0,1,3,5,5,7,9
