--TEST--
program: recursion: permutations, n-queens, memoised DP with static arrays, partitions, knapsack
--FILE--
<?php
// Recursion-heavy algorithms: permutations, n-queens, memoised DP with static arrays, subsets, partitions
function permutations(array $items): Generator {
    if (count($items) <= 1) { yield $items; return; }
    foreach ($items as $i => $item) {
        $rest = $items; unset($rest[$i]);
        foreach (permutations(array_values($rest)) as $p) { yield [$item, ...$p]; }
    }
}
foreach (permutations(['a', 'b', 'c']) as $k => $p) echo $k, ':', implode('', $p), ' ';
echo "\n", iterator_count(permutations(range(1, 6))), "\n";

function queens(int $n): array {
    $solutions = [];
    $cols = $d1 = $d2 = [];
    $place = function (int $row, array $board) use ($n, &$solutions, &$cols, &$d1, &$d2, &$place): void {
        if ($row === $n) { $solutions[] = $board; return; }
        for ($c = 0; $c < $n; $c++) {
            if (isset($cols[$c]) || isset($d1[$row + $c]) || isset($d2[$row - $c + $n])) continue;
            $cols[$c] = $d1[$row + $c] = $d2[$row - $c + $n] = true;
            $board[$row] = $c;
            $place($row + 1, $board);
            unset($cols[$c], $d1[$row + $c], $d2[$row - $c + $n]);
        }
    };
    $place(0, []);
    return $solutions;
}
foreach ([4, 5, 6, 8] as $n) echo "queens($n) = ", count(queens($n)), "\n";
foreach (queens(6)[0] as $r => $c) echo str_repeat('. ', $c), 'Q ', str_repeat('. ', 5 - $c), "\n";

function fib(int $n): int {
    static $memo = [0 => 0, 1 => 1];
    static $calls = 0;
    $calls++;
    if ($n < 0) return -1;
    return $memo[$n] ??= fib($n - 1) + fib($n - 2);
}
echo fib(90), "\n";
$rf = new ReflectionFunction('fib');
$sv = $rf->getStaticVariables();
echo 'calls=', $sv['calls'], ' memo=', count($sv['memo']), "\n";

function lcs(string $a, string $b): string {
    static $cache = [];
    $key = "$a|$b";
    if (isset($cache[$key])) return $cache[$key];
    if ($a === '' || $b === '') return $cache[$key] = '';
    if ($a[0] === $b[0]) return $cache[$key] = $a[0] . lcs(substr($a, 1), substr($b, 1));
    $x = lcs(substr($a, 1), $b); $y = lcs($a, substr($b, 1));
    return $cache[$key] = strlen($x) >= strlen($y) ? $x : $y;
}
echo lcs('AGGTABQWERTY', 'GXTXAYBWRT'), ' ', lcs('kitten', 'sitting'), "\n";

function editDistance(string $s, string $t): int {
    $m = strlen($s); $n = strlen($t);
    $dp = array_fill(0, $m + 1, array_fill(0, $n + 1, 0));
    for ($i = 0; $i <= $m; $i++) $dp[$i][0] = $i;
    for ($j = 0; $j <= $n; $j++) $dp[0][$j] = $j;
    for ($i = 1; $i <= $m; $i++)
        for ($j = 1; $j <= $n; $j++)
            $dp[$i][$j] = min($dp[$i-1][$j] + 1, $dp[$i][$j-1] + 1, $dp[$i-1][$j-1] + ($s[$i-1] !== $t[$j-1]));
    return $dp[$m][$n];
}
echo editDistance('kitten', 'sitting'), ' ', levenshtein('kitten', 'sitting'), ' ', similar_text('World', 'Word', $pct), ' ', round($pct, 2), "\n";

function subsets(array $s): array {
    if (!$s) return [[]];
    $first = array_shift($s);
    $rest = subsets($s);
    return array_merge($rest, array_map(fn($x) => [$first, ...$x], $rest));
}
echo implode(' ', array_map(fn($s) => '{' . implode(',', $s) . '}', subsets([1, 2, 3]))), "\n";

function partitions(int $n, int $max = PHP_INT_MAX): array {
    if ($n === 0) return [[]];
    $out = [];
    for ($k = min($n, $max); $k >= 1; $k--)
        foreach (partitions($n - $k, $k) as $p) $out[] = [$k, ...$p];
    return $out;
}
foreach (partitions(5) as $p) echo implode('+', $p), ' ';
echo "\ncount p(15)=", count(partitions(15)), "\n";

function ackermann(int $m, int $n): int {
    return match (true) { $m === 0 => $n + 1, $n === 0 => ackermann($m - 1, 1), default => ackermann($m - 1, ackermann($m, $n - 1)) };
}
echo ackermann(2, 3), ' ', ackermann(3, 3), "\n";

function knapsack(array $items, int $cap): array {
    $memo = [];
    $best = function (int $i, int $c) use (&$best, &$memo, $items): array {
        if ($i < 0 || $c <= 0) return [0, []];
        if (isset($memo[$i][$c])) return $memo[$i][$c];
        [$w, $v, $name] = $items[$i];
        $skip = $best($i - 1, $c);
        if ($w <= $c) { [$tv, $tk] = $best($i - 1, $c - $w); if ($tv + $v > $skip[0]) return $memo[$i][$c] = [$tv + $v, [...$tk, $name]]; }
        return $memo[$i][$c] = $skip;
    };
    return $best(count($items) - 1, $cap);
}
[$value, $taken] = knapsack([[12, 4, 'green'], [2, 2, 'cyan'], [1, 1, 'grey'], [1, 2, 'blue'], [4, 10, 'yellow']], 15);
echo "$value: ", implode(',', $taken), "\n";

function flatten(array $a, string $prefix = ''): array {
    $out = [];
    foreach ($a as $k => $v) {
        $key = $prefix === '' ? (string)$k : "$prefix.$k";
        if (is_array($v) && $v) $out += flatten($v, $key); else $out[$key] = $v;
    }
    return $out;
}
print_r(flatten(['a' => 1, 'b' => ['c' => 2, 'd' => ['e' => 3, 'f' => []]], 'g' => [4, 5]]));
function depth(array $a): int { $d = 1; foreach ($a as $v) if (is_array($v)) $d = max($d, 1 + depth($v)); return $d; }
echo depth([1, [2, [3, [4]], []]]), "\n";
function hanoiCount(int $n): int { return $n === 0 ? 0 : 2 * hanoiCount($n - 1) + 1; }
echo hanoiCount(20), ' ', array_sum(array_map('hanoiCount', range(1, 10))), "\n";
function gcd(int $a, int $b): int { return $b === 0 ? abs($a) : gcd($b, $a % $b); }
echo gcd(1071, 462), ' ', gcd(-48, 18), ' ', array_reduce([12, 18, 24], 'gcd', 0), "\n";
$catalan = function (int $n) use (&$catalan): int { static $m = []; return $m[$n] ??= $n <= 1 ? 1 : array_sum(array_map(fn($i) => $catalan($i) * $catalan($n - 1 - $i), range(0, $n - 1))); };
echo implode(',', array_map($catalan, range(0, 12))), "\n";
function deep(int $n): int { return $n === 0 ? 0 : 1 + deep($n - 1); }
echo deep(5000), "\n";
array_walk_recursive($nested = [1, [2, 3, [4]]], function ($v, $k) { echo "$k=$v "; });
echo "\n";

--EXPECTF--
0:abc 1:acb 2:bac 3:bca 4:cab 5:cba 
720
queens(4) = 2
queens(5) = 10
queens(6) = 4
queens(8) = 92
. Q . . . . 
. . . Q . . 
. . . . . Q 
Q . . . . . 
. . Q . . . 
. . . . Q . 
2880067194370816120
calls=179 memo=91
GTABWRT ittn
3 3 4 88.89
{} {3} {2} {2,3} {1} {1,3} {1,2} {1,2,3}
5 4+1 3+2 3+1+1 2+2+1 2+1+1+1 1+1+1+1+1 
count p(15)=176
9 61
15: cyan,grey,blue,yellow
Array
(
    [a] => 1
    [b.c] => 2
    [b.d.e] => 3
    [b.d.f] => Array
        (
        )

    [g.0] => 4
    [g.1] => 5
)
4
1048575 2036
21 6 6
1,1,2,5,14,42,132,429,1430,4862,16796,58786,208012
5000

Fatal error: Uncaught Error: array_walk_recursive(): Argument #1 ($array) cannot be passed by reference in %s/tests/php/programs/recursion.php:124
Stack trace:
#0 {main}
  thrown in %s/tests/php/programs/recursion.php on line 124
