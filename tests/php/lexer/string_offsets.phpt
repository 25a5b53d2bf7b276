--TEST--
string offsets
--FILE--
<?php
$s = "hello";
echo $s[0], $s[-1], $s[4], "\n";
echo "$s[1]$s[-2]\n";
var_dump($s[10] ?? 'none', isset($s[2]), isset($s[9]));
--EXPECT--
hoo
el
string(4) "none"
bool(true)
bool(false)
