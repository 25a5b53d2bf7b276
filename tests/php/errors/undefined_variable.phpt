--TEST--
undefined variable warning
--FILE--
<?php
echo $nope;
$x = $alsoNope + 1;
var_dump($x);
echo "continues\n";
--EXPECTF--
Warning: Undefined variable $nope in %s/tests/php/errors/undefined_variable.php on line 2

Warning: Undefined variable $alsoNope in %s/tests/php/errors/undefined_variable.php on line 3
int(1)
continues
