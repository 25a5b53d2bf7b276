--TEST--
Generators: deep recursive yield from and many live generators use no native stack
--FILE--
<?php
function countdown($n) {
    if ($n > 0) {
        yield $n;
        yield from countdown($n - 1);
    }
    return $n;
}
$sum = 0;
$count = 0;
foreach (countdown(20000) as $v) {
    $sum += $v;
    $count++;
}
echo "$count values, sum $sum\n";
function tree($depth) {
    if ($depth === 0) {
        yield 'leaf';
        return 1;
    }
    $l = yield from tree($depth - 1);
    $r = yield from tree($depth - 1);
    return $l + $r;
}
$t = tree(10);
$leaves = 0;
foreach ($t as $v) $leaves++;
echo "$leaves leaves, returned ", $t->getReturn(), "\n";
$gens = [];
for ($i = 0; $i < 10000; $i++) {
    $gens[] = (function () use ($i) { yield $i; yield $i * 2; })();
}
$total = 0;
foreach ($gens as $g) {
    foreach ($g as $v) $total += $v;
}
echo "total $total\n";
function chain($n) { return $n === 0 ? (function () { yield 'bottom'; })() : (function () use ($n) { yield from chain($n - 1); })(); }
foreach (chain(5000) as $v) echo "$v\n";
--EXPECT--
20000 values, sum 200010000
1024 leaves, returned 1024
total 149985000
bottom
