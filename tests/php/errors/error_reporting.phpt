--TEST--
error_reporting() masks warnings
--FILE--
<?php
echo $a;
error_reporting(E_ALL & ~E_WARNING);
echo $b;
echo "masked\n";
error_reporting(E_ALL);
echo $c;
$old = error_reporting(0);
echo $d;
var_dump($old);
echo @$e, "silenced\n";
--EXPECTF--
Warning: Undefined variable $a in %s/tests/php/errors/error_reporting.php on line 2
masked

Warning: Undefined variable $c in %s/tests/php/errors/error_reporting.php on line 7
int(32767)
silenced
