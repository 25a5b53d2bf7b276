--TEST--
interpolation of a variable followed by brackets and arrows
--FILE--
<?php
$s = "str"; $a = ['x' => 'y'];
echo "[$s] [$s][0] $s->foo {$s}[1] $a[x]s\n";
$fn = fn($v) => $v * 2;
echo "call: {$fn(21)}\n";
$k = 'x';
echo "dyn: ${k}\n";
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s/tests/php/lexer/interpolation3.php on line 7

Warning: Attempt to read property "foo" on string in %s/tests/php/lexer/interpolation3.php on line 3
[str] [str][0]  str[1] ys
call: 42
dyn: x
