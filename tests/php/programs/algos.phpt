--TEST--
program: algorithms (Dijkstra with SplPriorityQueue, knapsack DP, permutation/combination generators, sieve, big-number strings, LCS, bit operations, pack, quicksort with spread, memoized closures)
--FILE--
<?php
function dijkstra(array $graph, string $src): array {
    $dist = array_fill_keys(array_keys($graph), INF);
    $prev = [];
    $dist[$src] = 0;
    $pq = new SplPriorityQueue();
    $pq->setExtractFlags(SplPriorityQueue::EXTR_BOTH);
    $pq->insert($src, 0);
    while (!$pq->isEmpty()) {
        ['data' => $u, 'priority' => $p] = $pq->extract();
        if (-$p > $dist[$u]) continue;
        foreach ($graph[$u] as $v => $w) {
            $alt = $dist[$u] + $w;
            if ($alt < $dist[$v]) { $dist[$v] = $alt; $prev[$v] = $u; $pq->insert($v, -$alt); }
        }
    }
    return [$dist, $prev];
}
$g = ['A' => ['B' => 4, 'C' => 2], 'B' => ['C' => 5, 'D' => 10], 'C' => ['E' => 3], 'D' => ['F' => 11], 'E' => ['D' => 4], 'F' => [], 'G' => []];
[$dist, $prev] = dijkstra($g, 'A');
foreach ($dist as $n => $d) {
    $path = [$n]; while (isset($prev[$path[0]])) array_unshift($path, $prev[$path[0]]);
    printf("%s: %-4s %s\n", $n, is_infinite($d) ? 'inf' : $d, implode('->', $path));
}
function knapsack(array $items, int $cap): array {
    $n = count($items); $dp = array_fill(0, $n + 1, array_fill(0, $cap + 1, 0));
    for ($i = 1; $i <= $n; $i++) { [$w, $v] = $items[$i - 1];
        for ($c = 0; $c <= $cap; $c++) { $dp[$i][$c] = $dp[$i - 1][$c]; if ($w <= $c) $dp[$i][$c] = max($dp[$i][$c], $dp[$i - 1][$c - $w] + $v); } }
    $chosen = []; for ($i = $n, $c = $cap; $i > 0; $i--) if ($dp[$i][$c] !== $dp[$i - 1][$c]) { $chosen[] = $i - 1; $c -= $items[$i - 1][0]; }
    return [$dp[$n][$cap], array_reverse($chosen)];
}
print_r(knapsack([[12, 4], [2, 2], [1, 1], [1, 2], [4, 10]], 15));
function permutations(array $xs): Generator { if (count($xs) <= 1) { yield $xs; return; } foreach ($xs as $i => $x) { $rest = $xs; unset($rest[$i]); foreach (permutations(array_values($rest)) as $p) yield [$x, ...$p]; } }
echo implode(' ', array_map('implode', iterator_to_array(permutations(['a', 'b', 'c']), false))), "\n";
function combinations(array $xs, int $k): Generator { if ($k === 0) { yield []; return; } for ($i = 0; $i <= count($xs) - $k; $i++) foreach (combinations(array_slice($xs, $i + 1), $k - 1) as $c) yield [$xs[$i], ...$c]; }
echo count(iterator_to_array(combinations(range(1, 10), 3), false)), "\n";
function sieve(int $n): array { $bits = str_repeat("\1", $n + 1); $bits[0] = $bits[1] = "\0"; for ($i = 2; $i * $i <= $n; $i++) if ($bits[$i] === "\1") for ($j = $i * $i; $j <= $n; $j += $i) $bits[$j] = "\0"; return array_keys(array_filter(str_split($bits), fn($b) => $b === "\1")); }
$primes = sieve(200); echo count($primes), ' ', implode(',', array_slice($primes, -5)), "\n";
function bigAdd(string $a, string $b): string { $r = ''; $carry = 0; for ($i = strlen($a) - 1, $j = strlen($b) - 1; $i >= 0 || $j >= 0 || $carry; $i--, $j--) { $s = ($i >= 0 ? (int)$a[$i] : 0) + ($j >= 0 ? (int)$b[$j] : 0) + $carry; $r .= $s % 10; $carry = intdiv($s, 10); } return strrev($r); }
function bigFib(int $n): string { [$a, $b] = ['0', '1']; for ($i = 0; $i < $n; $i++) [$a, $b] = [$b, bigAdd($a, $b)]; return $a; }
echo bigFib(150), "\n";
function lcs(string $a, string $b): string { $m = strlen($a); $n = strlen($b); $L = array_fill(0, $m + 1, array_fill(0, $n + 1, 0));
    for ($i = 1; $i <= $m; $i++) for ($j = 1; $j <= $n; $j++) $L[$i][$j] = $a[$i - 1] === $b[$j - 1] ? $L[$i - 1][$j - 1] + 1 : max($L[$i - 1][$j], $L[$i][$j - 1]);
    $out = ''; for ($i = $m, $j = $n; $i > 0 && $j > 0;) { if ($a[$i - 1] === $b[$j - 1]) { $out = $a[$i - 1] . $out; $i--; $j--; } elseif ($L[$i - 1][$j] >= $L[$i][$j - 1]) $i--; else $j--; } return $out; }
echo lcs('AGGTABQMZ', 'GXTXAYBMZ'), ' ', levenshtein('kitten', 'sitting'), ' ', similar_text('Hello', 'World'), "\n";
$bits = 0b1011; echo decbin($bits << 3), ' ', $bits & 0b0110, ' ', $bits | 0x10, ' ', $bits ^ 0xF, ' ', ~$bits, ' ', -8 >> 1, ' ', PHP_INT_MAX >> 62, ' ', 1 << 63, "\n";
echo bin2hex(pack('J', 0x0102030405060708)), ' ', unpack('N', "\x00\x00\x01\x00")[1], ' ', implode(',', unpack('C*', 'AB')), ' ', crc32('The quick brown fox jumped over the lazy dog.'), ' ', hash('sha256', 'abc'), ' ', base_convert('zz', 36, 2), "\n";
function quicksort(array $a): array { if (count($a) < 2) return $a; $p = array_shift($a); return [...quicksort(array_filter($a, fn($x) => $x < $p)), $p, ...quicksort(array_filter($a, fn($x) => $x >= $p))]; }
mt_srand(99); $data = array_map(fn() => mt_rand(1, 1000), range(1, 20)); echo implode(',', quicksort($data)), "\n";
function binSearch(array $a, int $t): int { [$lo, $hi] = [0, count($a) - 1]; while ($lo <= $hi) { $mid = ($lo + $hi) >> 1; if ($a[$mid] === $t) return $mid; if ($a[$mid] < $t) $lo = $mid + 1; else $hi = $mid - 1; } return -($lo + 1); }
$sorted = quicksort($data); echo binSearch($sorted, $sorted[7]), ' ', binSearch($sorted, 1001), "\n";
echo implode(' ', array_map(fn($n) => str_pad(decbin($n), 4, '0', STR_PAD_LEFT), range(0, 5))), ' ', array_sum(array_map('intval', str_split('9875'))), ' ', strrev(strval(12345)), "\n";
$memo = []; $collatz = function (int $n) use (&$collatz, &$memo): int { if ($n === 1) return 1; return $memo[$n] ??= 1 + $collatz($n % 2 ? 3 * $n + 1 : intdiv($n, 2)); };
$best = 0; $arg = 0; for ($i = 1; $i < 3000; $i++) { $l = $collatz($i); if ($l > $best) { [$best, $arg] = [$l, $i]; } } echo "$arg $best\n";
--EXPECT--
A: 0    A
B: 4    A->B
C: 2    A->C
D: 9    A->C->E->D
E: 5    A->C->E
F: 20   A->C->E->D->F
G: inf  G
Array
(
    [0] => 15
    [1] => Array
        (
            [0] => 1
            [1] => 2
            [2] => 3
            [3] => 4
        )

)
abc acb bac bca cab cba
120
46 181,191,193,197,199
9969216677189303386214405760200
GTABMZ 3 1
1011000 2 27 4 -12 -4 1 -9223372036854775808
0102030405060708 256 65,66 2191738434 ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad 10100001111
166,203,204,258,260,290,318,394,402,461,600,620,762,762,801,849,889,911,949,976
7 -21
0000 0001 0010 0011 0100 0101 29 54321
2919 217
