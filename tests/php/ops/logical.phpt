--TEST--
logical operators and short circuit
--FILE--
<?php
function t($v) { echo "t($v) "; return $v; }
var_dump(t(0) && t(1)); var_dump(t(1) || t(0)); var_dump(!t(0));
var_dump(t(1) xor t(1)); var_dump(t(0) xor t(1));
$a = true and false; var_dump($a);
$b = false or true; var_dump($b);
$c = (true and false); var_dump($c);
--EXPECT--
t(0) bool(false)
t(1) bool(true)
t(0) bool(true)
t(1) t(1) bool(false)
t(0) t(1) bool(true)
bool(true)
bool(false)
bool(false)
