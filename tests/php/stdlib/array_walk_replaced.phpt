--TEST--
array_walk() on a variable the callback replaces walks the new array from its internal pointer, and a by-reference change to the old element stays in the old array; a literal array walked by reference is separated first (its changes do not restart the walk)
--FILE--
<?php
$array = [1, 2, 3];
$other = [4, 5, 6];
next($other);
array_walk($array, function (&$value, $key) use ($other) {
    echo "$key=$value ";
    if ($value == 2) {
        $GLOBALS['array'] = $other;
    }
    $value *= 10;
});
echo "\n";
var_dump($array, $other);
$list = [1, 2, 3, 4];
array_walk($list, function ($v, $k) use (&$list) { echo "$k:$v "; $list[] = $v; unset($list[$k + 1]); });
echo "\n", json_encode($list), "\n";
?>
--EXPECT--
0=1 1=2 1=5 2=6 
array(3) {
  [0]=>
  int(4)
  [1]=>
  int(50)
  [2]=>
  int(60)
}
array(3) {
  [0]=>
  int(4)
  [1]=>
  int(5)
  [2]=>
  int(6)
}
0:1 2:3 4:1 6:1 
{"0":1,"2":3,"4":1,"6":1}
