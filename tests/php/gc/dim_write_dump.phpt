--TEST--
gc: an array property written through a dim fetch is no reference in var_dump
--FILE--
<?php
$a = new stdClass;
$a->a = array();
$a->a[0] =& $x;
var_dump($a);
$b = new stdClass;
$b->a = array();
$b->a[0] = 1;
var_dump($b);
?>
--EXPECT--
object(stdClass)#1 (1) {
  ["a"]=>
  array(1) {
    [0]=>
    &NULL
  }
}
object(stdClass)#2 (1) {
  ["a"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
