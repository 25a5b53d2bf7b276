--TEST--
a concrete class that is Traversable but neither Iterator nor IteratorAggregate is a core error (file Unknown, line 0); an abstract class or an interface may be
--FILE--
<?php
interface MyTraversable extends Traversable {}
abstract class AbstractTraversable implements MyTraversable {}
echo "abstract ok\n";
if (true) {
    class Concrete extends AbstractTraversable {}
}
--EXPECT--
abstract ok

Fatal error: Class Concrete must implement interface Traversable as part of either Iterator or IteratorAggregate in Unknown on line 0
