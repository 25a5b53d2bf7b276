<?php
$a = 5; $b = 3;
echo $a + $b, " ", $a - $b, " ", $a * $b, " ", $a / $b, " ", $a % $b, " ", $a ** $b, "\n";
echo 7 / 2, " ", 6 / 2, " ", intdiv(7, 2), " ", 2 ** 63, " ", PHP_INT_MAX + 1, "\n";
echo 0.1 + 0.2, " ", 1e100, " ", -0.0, " ", 1/3, "\n";
$s = "x=$a, y={$b}";
echo $s, "\n";
echo "a" . 1 . 2.5 . true . null . false, "\n";
var_dump("10" == "1e1", "abc" == 0, null == false, 1 <=> 2, "5 apples" + 1);
$i = 0; $i++; ++$i; $i--; echo $i, "\n";
$z = "Az"; $z++; echo $z, "\n";
$n = null; $n++; var_dump($n);
$m = null; $m--; var_dump($m);
echo 10 <=> 5, -7 % 3, 7 <=> 7.0, "\n";
var_dump((int)"12abc", (float)"1.5e3", (bool)"0", (string)1.0, intval(1e20));
echo str_repeat("-", 3), PHP_EOL;
