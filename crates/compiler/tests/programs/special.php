<?php
function s() {
$r = strlen($x); $s = count($x); $t = is_int($x); $u = in_array($x, ["a", "b"]); $v = func_get_args(); $w = func_num_args();
$a = is_null($x); $b = is_bool($x); $c = is_float($x); $d = is_string($x); $e = is_array($x); $f = is_object($x); $g = is_scalar($x);
$h = intval($x); $i = boolval($x); $j = strval($x); $k = floatval($x); $l = strlen("abc"); $m = chr(65); $n = ord("a");
$o = defined("FOO"); $p = defined("PHP_EOL"); $q = gettype($x); $r2 = array_key_exists("k", $x); $s2 = sizeof($x);
$t2 = in_array($x, [1, 2], true); $u2 = in_array($x, [1, 2]); $v2 = get_class($x); $w2 = count($x, 1);
}
