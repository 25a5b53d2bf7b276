--TEST--
processing stdin line by line
--STDIN--
10
20
30
--FILE--
<?php
$total = 0; $n = 0;
while (($line = fgets(STDIN)) !== false) { $total += (int)trim($line); $n++; }
echo "$n lines, total $total\n";
--EXPECT--
3 lines, total 60
