--TEST--
stack and queue with array functions
--FILE--
<?php
$stack = []; foreach ([1, 2, 3] as $v) array_push($stack, $v);
$out = []; while ($stack) $out[] = array_pop($stack);
echo implode(",", $out), "\n";
$q = ['a', 'b']; $q[] = 'c'; $first = array_shift($q); array_unshift($q, 'z');
echo $first, " ", implode(",", $q), "\n";
--EXPECT--
3,2,1
a z,b,c
