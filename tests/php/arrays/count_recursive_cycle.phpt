--TEST--
count(COUNT_RECURSIVE) of an array holding a reference to itself warns "Recursion detected" and counts that branch as 0
--FILE--
<?php
$a = [1];
$a[] = &$a;
var_dump(count($a, COUNT_RECURSIVE));
$b = ['x' => [1, 2], 'y' => [[3]]];
$b['z'] = &$b['y'];
var_dump(count($b, COUNT_RECURSIVE));
--EXPECTF--
Warning: count(): Recursion detected in %s/tests/php/arrays/count_recursive_cycle.php on line 4
int(2)
int(9)
