--TEST--
float to int conversion
--FILE--
<?php
var_dump((int)1.9, (int)-1.9, (int)1e19, (int)NAN, (int)INF, (int)-0.0, (int)"1e19");
--EXPECT--
int(1)
int(-1)
int(-8446744073709551616)
int(0)
int(0)
int(0)
int(9223372036854775807)
