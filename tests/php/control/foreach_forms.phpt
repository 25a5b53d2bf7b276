--TEST--
foreach forms
--FILE--
<?php
$a = ['x' => 1, 'y' => 2];
foreach ($a as $v) echo $v;
foreach ($a as $k => $v) echo "$k=$v";
echo "\n";
foreach ([[1, 2], [3, 4]] as [$p, $q]) echo $p + $q, " ";
foreach ([['id' => 1, 'n' => 'a']] as ['id' => $id, 'n' => $nm]) echo "$id:$nm";
foreach ([[1, [2, 3]]] as list($one, list($two, $three))) echo " $one$two$three";
echo "\n";
foreach ([] as $never) echo "no";
$nested = [[1, 2], [3]];
foreach ($nested as $row) foreach ($row as $cell) echo $cell;
echo "\n";
--EXPECT--
12x=1y=2
3 7 1:a 123
123
