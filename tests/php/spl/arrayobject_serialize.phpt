--TEST--
ArrayObject and ArrayIterator serialization
--FILE--
<?php
$a = new ArrayObject([1,2]); $a->x = 5; echo serialize($a), "\n";
$i = new ArrayIterator([1]); echo serialize($i), "\n";
var_dump(unserialize(serialize($a)));

--EXPECTF--
Deprecated: Creation of dynamic property ArrayObject::$x is deprecated in %s/tests/php/spl/arrayobject_serialize.php on line 2
O:11:"ArrayObject":4:{i:0;i:0;i:1;a:2:{i:0;i:1;i:1;i:2;}i:2;a:1:{s:1:"x";i:5;}i:3;N;}
O:13:"ArrayIterator":4:{i:0;i:0;i:1;a:1:{i:0;i:1;}i:2;a:0:{}i:3;N;}

Deprecated: Creation of dynamic property ArrayObject::$x is deprecated in %s/tests/php/spl/arrayobject_serialize.php on line 4
object(ArrayObject)#3 (2) {
  ["x"]=>
  int(5)
  ["storage":"ArrayObject":private]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
