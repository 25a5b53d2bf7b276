--TEST--
arithmetic on numeric and leading-numeric strings
--FILE--
<?php
var_dump("10" + 5, "1.5" + 1, " 12" + 1, "12 " + 1, "1e2" + 0, "0x1A" + 0 ?? 0);
--EXPECTF--
Warning: A non-numeric value encountered in %s/tests/php/ops/numeric_strings.php on line 2
int(15)
float(2.5)
int(13)
int(13)
float(100)
int(0)
