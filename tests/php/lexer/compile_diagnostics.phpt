--TEST--
lexer warnings and ${} deprecations are reported once, before the script runs, in PHP's order
--FILE--
<?php
echo "start\n";
$b = "B"; $c = "b";
$a = "${b} ${$c} {$b}";
$d = "\400" . "\1000";
echo $a, " ", bin2hex($d), "\n";
--EXPECTF--
Warning: Octal escape sequence overflow \400 is greater than \377 in %s/tests/php/lexer/compile_diagnostics.php on line 5

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s/tests/php/lexer/compile_diagnostics.php on line 4

Deprecated: Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead in %s/tests/php/lexer/compile_diagnostics.php on line 4
start
B B B 004030
