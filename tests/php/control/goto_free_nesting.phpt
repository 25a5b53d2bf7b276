--TEST--
deeply nested control flow
--FILE--
<?php
$out = [];
for ($i = 0; $i < 4; $i++) {
    if ($i % 2 == 0) {
        foreach ([1, 2] as $x) {
            switch ($x) {
                case 1: $out[] = "$i:one"; break;
                default: while (true) { $out[] = "$i:loop"; break; }
            }
        }
    } else {
        $j = 0;
        do { $out[] = "$i:do$j"; } while (++$j < 2);
    }
}
echo implode(",", $out), "\n";
--EXPECT--
0:one,0:loop,1:do0,1:do1,2:one,2:loop,3:do0,3:do1
