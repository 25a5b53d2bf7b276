--TEST--
variadic parameters and spread
--FILE--
<?php
function sum(...$nums) { return array_sum($nums); }
function tail($first, ...$rest) { return $first . ":" . implode(",", $rest); }
echo sum(), " ", sum(1, 2, 3), " ", tail(1), " ", tail(1, 2, 3), "\n";
$args = [4, 5, 6];
echo sum(...$args), " ", tail(...$args), " ", tail(0, ...$args), "\n";
function refs(&...$refs) { foreach ($refs as &$r) $r++; }
$a = 1; $b = 2; refs($a, $b); echo "$a $b\n";
function typed(int ...$ints) { return $ints; }
var_dump(typed(1, "2", 3.0));
--EXPECT--
0 6 1: 1:2,3
15 4:5,6 0:4,5,6
2 3
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
