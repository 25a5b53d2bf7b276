--TEST--
var_export of ArrayObject/ArrayIterator shows the storage (their property table), not declared properties; STD_PROP_LIST and other SPL classes as before
--FILE--
<?php
var_export(new ArrayObject(['x' => 1, 'y' => [2]]));
echo "\n";
class A2 extends ArrayObject { public $p = 2; }
var_export(new A2([3]));
echo "\n";
var_export(new ArrayIterator([5]));
echo "\n";
$o = new ArrayObject([], ArrayObject::STD_PROP_LIST);
$o->dyn = 1;
var_export($o);
echo "\n";
var_export([new SplStack, SplFixedArray::fromArray([1]), new ArrayObject(new ArrayObject(['in' => true]))]);
echo "\n";
--EXPECTF--
\ArrayObject::__set_state(array(
   'x' => 1,
   'y' => 
  array (
    0 => 2,
  ),
))
\A2::__set_state(array(
   0 => 3,
))
\ArrayIterator::__set_state(array(
   0 => 5,
))

Deprecated: Creation of dynamic property ArrayObject::$dyn is deprecated in %s/tests/php/spl/var_export_storage.php on line 10
\ArrayObject::__set_state(array(
   'dyn' => 1,
))
array (
  0 => 
  \SplStack::__set_state(array(
  )),
  1 => 
  \SplFixedArray::__set_state(array(
     0 => 1,
  )),
  2 => 
  \ArrayObject::__set_state(array(
     'in' => true,
  )),
)
