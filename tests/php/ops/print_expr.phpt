--TEST--
print is an expression returning 1
--FILE--
<?php
$r = print "hello\n";
var_dump($r);
echo print("a"), "\n";
true and print "and\n";
--EXPECT--
hello
int(1)
a1
and
