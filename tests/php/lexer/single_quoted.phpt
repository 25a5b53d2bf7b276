--TEST--
single-quoted strings: only \\ and \' are escapes
--FILE--
<?php
echo 'a\'b', "|", 'c\\d', "|", 'e\nf', "|", '$x {$y}', "|", 'multi
line', "\n";
--EXPECT--
a'b|c\d|e\nf|$x {$y}|multi
line
