--TEST--
A binary operation frees op1 before op2 (destructor order, object ids)
--FILE--
<?php
class D { function __construct(public $n) {} function __destruct() { echo "d{$this->n} "; } }
$x = new D(1) == new D(2); echo "\n";
$x = new D(3) < new D(4); echo "\n";
var_dump(new D(5) === new D(6));
var_dump(unserialize(serialize(new ArrayObject([1]))) == new ArrayObject([1]));
echo spl_object_id(new stdClass), "\n";
--EXPECT--
d1 d2 
d3 d4 
d5 d6 bool(false)
bool(true)
1
