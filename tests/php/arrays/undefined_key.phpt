--TEST--
reading undefined keys and offsets warns
--FILE--
<?php
$a = [1];
var_dump($a[5]);
var_dump($a["k"]);
$s = "abc";
var_dump($s[10]);
$n = null;
var_dump($n['x']);
$i = 5;
var_dump($i[0]);
--EXPECTF--
Warning: Undefined array key 5 in %s/tests/php/arrays/undefined_key.php on line 3
NULL

Warning: Undefined array key "k" in %s/tests/php/arrays/undefined_key.php on line 4
NULL

Warning: Uninitialized string offset 10 in %s/tests/php/arrays/undefined_key.php on line 6
string(0) ""

Warning: Trying to access array offset on value of type null in %s/tests/php/arrays/undefined_key.php on line 8
NULL

Warning: Trying to access array offset on value of type int in %s/tests/php/arrays/undefined_key.php on line 10
NULL
