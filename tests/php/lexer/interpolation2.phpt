--TEST--
interpolation edge cases
--FILE--
<?php
$x = "X"; $list = ['a' => ['b' => 'nested']]; $i = 1; $nums = [10, 20];
echo "$x's {$list['a']['b']} $nums[1] {$nums[$i]} \$x \{$x} {$x}y $xy ?? \n";
--EXPECTF--
Warning: Undefined variable $xy in %s/tests/php/lexer/interpolation2.php on line 3
X's nested 20 20 $x \{X} Xy  ??
