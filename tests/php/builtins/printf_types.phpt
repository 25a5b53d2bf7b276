--TEST--
printf with mixed argument types
--FILE--
<?php
printf("[%s] [%s] [%s] [%s] [%d] [%d] [%.1f]\n", null, false, true, 3.0, "7.9", true, "2.25");
printf("[%5.5s] [%-5d] [%05.1f] [%x] [%o] [%c%c]\n", "truncate me", -3, -2.35, 3735928559, 511, 80, 72);
echo sprintf("%'010.3f|%-010.3f|%+.2f|%+.2f", 3.14159, 3.14159, 0, -0.001), "\n";
echo sprintf("%b %B", 255, 5) ?? '', "\n";
--EXPECTF--
[] [] [1] [3] [7] [1] [2.2]
[trunc] [-3   ] [-02.4] [deadbeef] [777] [PH]
000003.142|3.14200000|+0.00|-0.00

Fatal error: Uncaught ValueError: Unknown format specifier "B" in %s/tests/php/builtins/printf_types.php:5
Stack trace:
#0 %s/tests/php/builtins/printf_types.php(5): sprintf('%b %B', 255, 5)
#1 {main}
  thrown in %s/tests/php/builtins/printf_types.php on line 5
