--TEST--
break N and continue N
--FILE--
<?php
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        if ($j == 1) continue 2;
        if ($i == 2) break 2;
        echo "$i$j ";
    }
}
echo "\n";
$i = 0;
while (true) { while (true) { $i++; if ($i > 2) break 2; continue 2; } }
echo $i, "\n";
foreach ([1, 2, 3, 4] as $v) { if ($v % 2) continue; echo $v; }
echo "\n";
--EXPECT--
00 10 
3
24
