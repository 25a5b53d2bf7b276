--TEST--
list() and [] destructuring with keys and nesting
--FILE--
<?php
[$a, $b] = [1, 2]; echo "$a $b\n";
list($x, , $z) = [10, 20, 30]; echo "$x $z\n";
['k' => $k, 'v' => $v] = ['v' => 'V', 'k' => 'K']; echo "$k $v\n";
[[$p, $q], [$r]] = [[1, 2], [3]]; echo "$p $q $r\n";
[$a, $b] = [$b, $a]; echo "$a $b\n";
list('x' => list($n1, $n2)) = ['x' => [7, 8]]; echo "$n1 $n2\n";
[$m, $missing] = [1]; var_dump($missing);
$arr = [];
[$arr['one'], $arr['two']] = ['1', '2']; var_dump($arr);
--EXPECTF--
1 2
10 30
K V
1 2 3
2 1
7 8

Warning: Undefined array key 1 in %s/tests/php/arrays/list_destructuring.php on line 8
NULL
array(2) {
  ["one"]=>
  string(1) "1"
  ["two"]=>
  string(1) "2"
}
