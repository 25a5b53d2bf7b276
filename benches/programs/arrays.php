<?php
// Array work: packed lists, hash maps, sorting, builtins over arrays.
$list = [];
for ($i = 0; $i < 1000000; $i++) {
    $list[] = ($i * 7919) % 100003;
}
sort($list);
$map = [];
foreach ($list as $i => $v) {
    $map["k" . ($v % 5000)] = ($map["k" . ($v % 5000)] ?? 0) + $i;
}
ksort($map);
$squares = array_map(fn($x) => $x * $x, array_slice($list, 0, 50000));
$even = array_filter($squares, fn($x) => $x % 2 === 0);
echo count($list), " ", count($map), " ", array_sum($even) % 1000003, " ", $list[1000], "\n";
