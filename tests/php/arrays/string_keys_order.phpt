--TEST--
insertion order is kept; overwrite keeps position
--FILE--
<?php
$a = ['z' => 1, 'a' => 2, 'm' => 3];
$a['a'] = 'new';
$a['b'] = 4;
foreach ($a as $k => $v) echo "$k=$v ";
echo "\n";
--EXPECT--
z=1 a=new m=3 b=4
