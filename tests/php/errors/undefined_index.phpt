--TEST--
undefined array key warnings
--FILE--
<?php
$a = ['x' => 1];
echo $a['y'];
echo $a[3];
$b = $a['z'] ?? 'no warning with ??';
echo $b, "\n";
--EXPECTF--
Warning: Undefined array key "y" in %s/tests/php/errors/undefined_index.php on line 3

Warning: Undefined array key 3 in %s/tests/php/errors/undefined_index.php on line 4
no warning with ??
