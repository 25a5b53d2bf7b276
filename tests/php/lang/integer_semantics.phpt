--TEST--
integer division, modulo signs and shifts
--FILE--
<?php
for ($a = -7; $a <= 7; $a += 7) { foreach ([2, -2, 3] as $b) { echo "$a/$b=", intdiv($a, $b), " $a%$b=", $a % $b, " "; } echo "\n"; }
var_dump(-8 >> 1, 7 >> 1, PHP_INT_MIN >> 63, 1 << 62, (1 << 62) * 2, 0b1 << 3);
--EXPECT--
-7/2=-3 -7%2=-1 -7/-2=3 -7%-2=-1 -7/3=-2 -7%3=-1 
0/2=0 0%2=0 0/-2=0 0%-2=0 0/3=0 0%3=0 
7/2=3 7%2=1 7/-2=-3 7%-2=1 7/3=2 7%3=1 
int(-4)
int(3)
int(-1)
int(4611686018427387904)
float(9.223372036854776E+18)
int(8)
