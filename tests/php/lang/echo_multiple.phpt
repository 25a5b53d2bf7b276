--TEST--
echo with commas, print and printf return values
--FILE--
<?php
echo "a", "b", 1 + 2, "\n";
$n = printf("%s\n", "printf");
echo $n, "\n";
echo print "", "\n";
--EXPECT--
ab3
printf
7
1
