--TEST--
microtime and hrtime return sane values
--FILE--
<?php
$t = microtime(true);
var_dump(is_float($t), $t > 1600000000);
$s = microtime();
var_dump((bool)preg_match('/^0\.\d+ \d+$/', $s));
$h = hrtime();
var_dump(is_array($h), count($h), is_int($h[0]));
$n1 = hrtime(true); $n2 = hrtime(true);
var_dump(is_int($n1), $n2 >= $n1);
var_dump(time() >= (int)$t);
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
int(2)
bool(true)
bool(true)
bool(true)
bool(true)
