--TEST--
string interpolation forms
--FILE--
<?php
$a = "A"; $arr = [1, 2, 'k' => 'v', 3 => 'three']; $n = 3;
$obj = new stdClass; $obj->p = "prop"; $obj->o = new stdClass; $obj->o->q = "deep";
echo "$a $arr[0] $arr[k] $arr[3] $arr[-1]x\n";
echo "{$a} ${a} {$arr['k']} {$arr[$n]} {$obj->o->q}\n";
echo "$obj->p\n";
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s/tests/php/lexer/interpolation.php on line 5

Warning: Undefined array key -1 in %s/tests/php/lexer/interpolation.php on line 4
A 1 v three x
A A v three deep
prop
