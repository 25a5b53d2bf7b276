--TEST--
a class that is both an Iterator and an IteratorAggregate (here one from its parent) is fatal; an interface extending both is not
--FILE--
<?php
interface Both extends Iterator, IteratorAggregate {}
abstract class P implements Iterator {}
echo "interface ok\n";
if (true) {
    abstract class C extends P implements IteratorAggregate {}
}
--EXPECTF--
interface ok

Fatal error: Class C cannot implement both Iterator and IteratorAggregate at the same time in %s/tests/php/classes/iterator_and_aggregate.php on line 6
