--TEST--
usort, uasort, uksort and stable sorting
--FILE--
<?php
$people = [['n' => 'Bob', 'a' => 30], ['n' => 'Al', 'a' => 25], ['n' => 'Cy', 'a' => 30], ['n' => 'Di', 'a' => 25]];
usort($people, fn($x, $y) => $x['a'] <=> $y['a']);
echo implode(",", array_column($people, 'n')), "\n";
$h = ['b' => 2, 'a' => 2, 'c' => 1];
uasort($h, fn($x, $y) => $x - $y); var_dump($h);
uksort($h, fn($x, $y) => strcmp($y, $x)); var_dump($h);
$n = [5, 3, 8, 1]; usort($n, function ($a, $b) { return $a > $b; }); var_dump($n);
$s = ["apple", "Banana", "cherry"]; usort($s, 'strcasecmp'); var_dump($s);
--EXPECTF--
Al,Di,Bob,Cy
array(3) {
  ["c"]=>
  int(1)
  ["b"]=>
  int(2)
  ["a"]=>
  int(2)
}
array(3) {
  ["c"]=>
  int(1)
  ["b"]=>
  int(2)
  ["a"]=>
  int(2)
}

Deprecated: usort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s/tests/php/builtins/sort_user.php on line 8
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(3)
  [2]=>
  int(5)
  [3]=>
  int(8)
}
array(3) {
  [0]=>
  string(5) "apple"
  [1]=>
  string(6) "Banana"
  [2]=>
  string(6) "cherry"
}
