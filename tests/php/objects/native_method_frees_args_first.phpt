--TEST--
A built-in method's arguments are freed before its $this, so object handles are reused in PHP's order
--FILE--
<?php
$x = (new DateTimeImmutable('2020-01-01'))->add(new DateInterval('P1D'));
echo spl_object_id(new stdClass), "\n";
$o = new ArrayObject([1]); $o->append(new stdClass);
echo spl_object_id(new stdClass), "\n";
var_dump((new ArrayObject([]))->getIterator() instanceof ArrayIterator, spl_object_id(new stdClass));
--EXPECT--
1
4
bool(true)
int(5)
