--TEST--
cast operators including spaces and aliases
--FILE--
<?php
var_dump((int)"12abc", (integer) "7", (bool)"0", (boolean)1, (float)"1.5e3", (double)"2");
--EXPECT--
int(12)
int(7)
bool(false)
bool(true)
float(1500)
float(2)
