--TEST--
ternary, short ternary and null coalescing
--FILE--
<?php
$a = null; $b = 0; $c = "x"; $arr = ['k' => null, 'z' => 0];
var_dump($a ?: "d", $b ?: "d", $c ?: "d", $a ?? "d", $b ?? "d", $arr['k'] ?? "d", $arr['z'] ?? "d", $arr['missing'] ?? "d", $undef ?? "d", $arr['a']['b'] ?? "deep");
var_dump(true ? 1 : 2, (true ? false : true) ? "x" : "y", $a ?? $b ?? $c);
--EXPECT--
string(1) "d"
string(1) "d"
string(1) "x"
string(1) "d"
int(0)
string(1) "d"
int(0)
string(1) "d"
string(1) "d"
string(4) "deep"
int(1)
string(1) "y"
int(0)
