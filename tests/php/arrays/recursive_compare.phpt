--TEST--
Comparing arrays that contain themselves through a reference is a fatal error, not a crash
--FILE--
<?php
$a = [1, [2]];
$b = [1, [2]];
var_dump($a == $b, $a === $b, $a <=> $b);
$a[0] =& $a;
$b[0] =& $b;
// The same array is equal to itself without looking inside (zend_hash_compare).
var_dump($a == $a, $a === $a, $a <=> $a);
echo "compare\n";
var_dump($a == $b);
echo "not reached\n";
--EXPECTF--
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
int(0)
compare

Fatal error: Nesting level too deep - recursive dependency? in %s/tests/php/arrays/recursive_compare.php on line 10
