--TEST--
array to string conversion warns
--FILE--
<?php
$a = [1];
echo "x" . $a, "\n";
echo $a, "\n";
$s = (string)$a;
var_dump($s);
--EXPECTF--
Warning: Array to string conversion in %s/tests/php/ops/array_to_string.php on line 3
xArray

Warning: Array to string conversion in %s/tests/php/ops/array_to_string.php on line 4
Array

Warning: Array to string conversion in %s/tests/php/ops/array_to_string.php on line 5
string(5) "Array"
