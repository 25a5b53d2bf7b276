<?php
$a = [1, 2, 3];
$a[] = 4;
$a["k"] = "v";
foreach ($a as $k => $v) { echo "$k=$v "; }
echo "\n", count($a), "\n";
$m = [];
$m["x"]["y"][] = 1;
$m["x"]["y"][] = 2;
echo json_encode($m), "\n";
$b = $a; $b[0] = 100; echo $a[0], " ", $b[0], "\n";
$arr = [1, 2, 3];
foreach ($arr as &$r) { $r *= 2; }
unset($r);
echo implode(",", $arr), "\n";
$x = [1, 2, 3];
foreach ($x as &$val) {}
foreach ($x as $val) {}
echo implode(",", $x), "\n";
[$p, $q] = [10, 20];
list('a' => $aa, 'b' => $bb) = ['a' => 'A', 'b' => 'B'];
echo "$p $q $aa $bb\n";
$ref = &$a[0]; $ref = 99; echo $a[0], "\n";
unset($a[1]); echo implode(",", array_keys($a)), "\n";
var_dump(isset($a[0]), isset($a[1]), empty($a[5]), $a[7] ?? "def");
$nested = ["one" => ["two" => ["three" => 3]]];
echo $nested["one"]["two"]["three"], "\n";
$s = "hello"; echo $s[0], $s[-1], "\n";
$s[0] = 'J'; echo $s, "\n";
echo $a[42];
echo "\n";
$keys = ["1" => "a", "01" => "b", true => "c", 1.7 => "d", null => "e"];
var_dump($keys);
