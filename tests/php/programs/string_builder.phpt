--TEST--
building strings in loops
--FILE--
<?php
$s = "";
for ($i = 0; $i < 1000; $i++) { $s .= chr(65 + $i % 26); }
echo strlen($s), " ", substr($s, 0, 30), " ", md5($s), "\n";
$parts = [];
for ($i = 0; $i < 5; $i++) $parts[] = str_repeat((string)$i, $i + 1);
echo implode("|", $parts), "\n";
echo ucwords(strtolower("HELLO WORLD FROM PHP")), "\n";
--EXPECT--
1000 ABCDEFGHIJKLMNOPQRSTUVWXYZABCD 1411ffd5854fa029dc4d231aa89311eb
0|11|222|3333|44444
Hello World From Php
