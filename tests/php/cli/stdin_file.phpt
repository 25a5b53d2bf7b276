--TEST--
file_get_contents of php://stdin
--STDIN--
abc
def
--FILE--
<?php
$all = file_get_contents('php://stdin');
echo strtoupper($all);
echo strlen($all), "\n";
--EXPECT--
ABC
DEF
8
