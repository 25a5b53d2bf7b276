--TEST--
concatenation versus arithmetic in PHP 8
--FILE--
<?php
echo "Sum: " . 1 + 2, "\n";
echo "a" . 1 * 3 . "b", "\n";
echo -1 . "x", "\n";
echo 1.5 . "|" . 1.0 . "|" . 100000000000000000000 . "|" . 0.00001, "\n";
--EXPECT--
Sum: 3
a3b
-1x
1.5|1|1.0E+20|1.0E-5
