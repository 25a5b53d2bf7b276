--TEST--
towers of hanoi
--FILE--
<?php
function hanoi(int $n, string $from, string $to, string $via, array &$moves): void {
    if ($n === 0) return;
    hanoi($n - 1, $from, $via, $to, $moves);
    $moves[] = "$from->$to";
    hanoi($n - 1, $via, $to, $from, $moves);
}
$m = []; hanoi(4, 'A', 'C', 'B', $m);
echo count($m), ": ", implode(" ", array_slice($m, 0, 7)), "\n";
--EXPECT--
15: A->B A->C B->C A->B C->A C->B A->B
