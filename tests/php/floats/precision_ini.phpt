--TEST--
precision INI setting changes echo output
--FILE--
<?php
echo 1/3, "\n";
ini_set('precision', 17);
echo 1/3, " ", 0.1, "\n";
ini_set('precision', 3);
echo 1/3, " ", 1234.5, "\n";
var_dump(1/3);
--EXPECT--
0.33333333333333
0.33333333333333331 0.10000000000000001
0.333 1.23E+3
float(0.3333333333333333)
