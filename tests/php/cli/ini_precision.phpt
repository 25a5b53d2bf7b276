--TEST--
an --INI-- section sets precision
--INI--
precision=5
--FILE--
<?php
echo 1/3, "\n", M_PI, "\n";
var_dump(ini_get('precision'));
--EXPECT--
0.33333
3.1416
string(1) "5"
