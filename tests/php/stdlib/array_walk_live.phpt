--TEST--
array_walk walks the live array: removed elements are skipped, by-reference changes land, a variable that stops being an array is a TypeError
--FILE--
<?php
$a = [1, 2, 3, 4, 5, 6];
array_walk($a, function ($v, $k) use (&$a) { echo "$k "; unset($a[$k + 1]); });
echo "\n", json_encode($a), "\n";
$c = ['x' => 1, 'y' => 2];
$copy = $c;
array_walk($c, function (&$v, $k, $n) { $v = $v * $n; }, 10);
echo json_encode($c), json_encode($copy), "\n";
$d = [[1, 2], [3, [4]]];
array_walk_recursive($d, function (&$v, $k) { $v = "<$v>"; });
echo json_encode($d), "\n";
$e = [1, 2];
try {
    array_walk($e, function () { $GLOBALS['e'] = 5; });
} catch (TypeError $ex) {
    echo $ex->getMessage(), "\n";
}
$f = [3, 1];
$r = &$f[0];
array_walk($f, function (&$v) { $v++; });
echo json_encode($f), " $r\n";
--EXPECT--
0 2 4 
{"0":1,"2":3,"4":5}
{"x":10,"y":20}{"x":1,"y":2}
[["<1>","<2>"],["<3>",["<4>"]]]
Iterated value is no longer an array or object
[4,2] 4
