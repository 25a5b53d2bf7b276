--TEST--
sieve of Eratosthenes
--FILE--
<?php
function sieve(int $n): array {
    $is = array_fill(0, $n + 1, true); $is[0] = $is[1] = false;
    for ($i = 2; $i * $i <= $n; $i++) if ($is[$i]) for ($j = $i * $i; $j <= $n; $j += $i) $is[$j] = false;
    return array_keys(array_filter($is));
}
$p = sieve(1000);
echo count($p), " primes, last ", end($p), "\n", implode(" ", array_slice($p, 0, 20)), "\n";
--EXPECT--
168 primes, last 997
2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71
