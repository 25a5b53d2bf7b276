<?php
declare(strict_types=1);

function fib(int $n): int {
    return $n < 2 ? $n : fib($n - 1) + fib($n - 2);
}

$cache = [];
$memo = function (int $n) use (&$memo, &$cache): int {
    if (isset($cache[$n])) {
        return $cache[$n];
    }
    return $cache[$n] = $n < 2 ? $n : $memo($n - 1) + $memo($n - 2);
};

$words = explode(" ", "the quick brown fox");
$lens = array_map(fn($w) => strlen($w), $words);
$total = 0;
foreach ($lens as $i => $len) {
    $total += $len;
    printf("%d: %s (%d)\n", $i, $words[$i], $len);
}
echo "total: $total, fib(10) = " . fib(10) . ", memo = {$memo(20)}\n";
$s = sprintf('%05.2f', 3.14159);
list($a, $b) = [1, 2];
[$a, $b] = [$b, $a];
echo implode(",", array_filter(range(1, 10), function ($x) { return $x % 2 === 0; })), PHP_EOL;
try {
    throw new RuntimeException("boom");
} catch (RuntimeException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
} finally {
    echo "done\n";
}
$str = <<<TXT
Name: {$words[0]}
Count: {$total}
TXT;
echo $str, "\n";
