--TEST--
composing closures
--FILE--
<?php
$compose = fn(callable ...$fs) => fn($x) => array_reduce($fs, fn($acc, $f) => $f($acc), $x);
$inc = fn($x) => $x + 1; $dbl = fn($x) => $x * 2;
echo $compose($inc, $dbl)(5), " ", $compose($dbl, $inc)(5), "\n";
$counter = function () { static $c = 0; return ++$c; };
$counter(); $counter(); echo $counter(), "\n";
--EXPECT--
12 11
3
