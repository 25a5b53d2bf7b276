--TEST--
chained string functions
--FILE--
<?php
$s = "  The Quick Brown Fox  ";
echo ucfirst(strtolower(trim($s))), "|", str_pad(substr(trim($s), 4, 5), 9, "*", STR_PAD_BOTH), "|", strrev(strtoupper("abc")), "\n";
echo implode(" ", array_map('ucfirst', explode(" ", "hello there world"))), "\n";
echo sprintf("%'.10d|%-10s|%u", -42, "left", 3), "\n";
--EXPECT--
The quick brown fox|**Quick**|CBA
Hello There World
.......-42|left      |3
