--TEST--
The ${var}-in-strings deprecation is reported on the line Zend's scanner is on: before the newlines of the string piece just before it
--FILE--
<?php
$title = 1;
$a = 2;
$h = <<<HTML
  x
  {$a}
  ${title}
  HTML;
$s = "a
${title}
b";
$t = "${title}";
$u = <<<X
${title}
X;
echo "done\n";
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s/tests/php/lexer/dollar_brace_line.php on line 6

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s/tests/php/lexer/dollar_brace_line.php on line 9

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s/tests/php/lexer/dollar_brace_line.php on line 12

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s/tests/php/lexer/dollar_brace_line.php on line 14
done
