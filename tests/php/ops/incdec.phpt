--TEST--
increment and decrement of ints, floats, null
--FILE--
<?php
$i = 1; var_dump($i++, $i, ++$i, $i--, --$i);
$f = 1.5; $f++; var_dump($f);
$n = null; $n++; var_dump($n);
$m = null; $m--; var_dump($m);
$b = true; $b++; var_dump($b);
$s = "5"; $s++; var_dump($s);
$e = "1.5"; $e++; var_dump($e);
$neg = "-3"; $neg--; var_dump($neg);
--EXPECT--
int(1)
int(2)
int(3)
int(3)
int(1)
float(2.5)
int(1)
NULL
bool(true)
int(6)
float(2.5)
int(-4)
