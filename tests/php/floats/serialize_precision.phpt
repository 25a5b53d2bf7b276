--TEST--
serialize_precision affects var_dump and var_export
--INI--
precision=14
--FILE--
<?php
ini_set('serialize_precision', 5);
var_dump(1/3);
var_export(0.1 + 0.2);
echo "\n";
ini_set('serialize_precision', -1);
var_export(0.1 + 0.2);
echo "\n";
--EXPECT--
float(0.33333)
0.3
0.30000000000000004
