--TEST--
foreach by value iterates over a copy
--FILE--
<?php
$arr = [1, 2, 3];
foreach ($arr as $k => $v) { $arr[] = $v; if ($k > 10) break; }
var_dump(count($arr));
$a = [1, 2, 3];
foreach ($a as $v) { unset($a[1]); echo $v; }
echo "\n";
var_dump($a);
--EXPECT--
int(6)
123
array(2) {
  [0]=>
  int(1)
  [2]=>
  int(3)
}
