--TEST--
collatz sequence lengths
--FILE--
<?php
$best = 0; $arg = 0;
for ($i = 1; $i < 10000; $i++) { $n = $i; $len = 1; while ($n != 1) { $n = $n % 2 ? 3 * $n + 1 : $n / 2; $len++; } if ($len > $best) { $best = $len; $arg = $i; } }
echo "$arg $best\n";
--EXPECT--
6171 262
