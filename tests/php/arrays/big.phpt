--TEST--
a large array built in a loop
--FILE--
<?php
$a = [];
for ($i = 0; $i < 100000; $i++) { $a[] = $i * 2; }
echo count($a), " ", $a[99999], " ", array_sum($a), "\n";
$h = [];
for ($i = 0; $i < 50000; $i++) { $h["k$i"] = $i; }
echo count($h), " ", $h["k49999"], "\n";
unset($h["k0"]);
echo count($h), " ", array_key_first($h), "\n";
--EXPECT--
100000 199998 9999900000
50000 49999
49999 k1
