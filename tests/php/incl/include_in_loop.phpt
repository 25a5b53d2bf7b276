--TEST--
include inside a loop and as an expression
--FILE--
<?php
for ($i = 0; $i < 3; $i++) { include __DIR__ . '/../include/counter.php'; }
echo $include_count, "\n";
$v = (include __DIR__ . '/../include/defs.php') . '!';
echo $v, "\n";
--EXPECT--
3
return value of defs.php!
