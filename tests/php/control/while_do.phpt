--TEST--
while and do-while
--FILE--
<?php
$i = 0; while ($i < 3) { echo $i++; } echo "\n";
$j = 10; do { echo $j; } while ($j < 5); echo "\n";
$k = 0; do { echo $k; $k++; } while ($k < 3); echo "\n";
while (false) { echo "never"; }
--EXPECT--
012
10
012
