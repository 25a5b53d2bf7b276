--TEST--
closures: use by value and by reference, arrow functions capture by value
--FILE--
<?php
$a = 1; $b = 2;
$f = function ($x) use ($a, &$b) { $b++; return $x + $a + $b; };
$a = 100;
echo $f(10), " ", $b, "\n";
echo $f(10), " ", $b, "\n";
$g = fn($x) => $x + $a;
$a = 5;
echo $g(1), "\n";
$counter = function () { static $n = 0; return ++$n; };
echo $counter(), $counter(), $counter(), "\n";
$make = function ($step) { return fn($x) => fn($y) => $x + $y * $step; };
echo $make(10)(1)(2), "\n";
$arr = [3, 1, 2];
$mul = 3;
print_r(array_map(fn($v) => $v * $mul, $arr));
$acc = [];
array_walk($arr, function ($v, $k) use (&$acc) { $acc[] = "$k=$v"; });
echo implode(",", $acc), "\n";
$fns = [];
for ($i = 0; $i < 3; $i++) { $fns[] = function () use ($i) { return $i; }; }
echo $fns[0](), $fns[1](), $fns[2](), "\n";
$r = (function () { return func_get_args(); })(1, 2, 3);
print_r($r);
$undef = function () use ($nothere) { var_dump($nothere); };
$undef();
--EXPECTF--
14 3
15 4
101
123
21
Array
(
    [0] => 9
    [1] => 3
    [2] => 6
)
0=3,1=1,2=2
012
Array
(
    [0] => 1
    [1] => 2
    [2] => 3
)

Warning: Undefined variable $nothere in %s/tests/php/closures/use_vars.php on line 25
NULL
