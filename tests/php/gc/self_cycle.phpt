--TEST--
gc: self-referencing objects are freed by gc_collect_cycles, their handles reused
--FILE--
<?php
$a = new stdClass;
$a->self = $a;
var_dump(gc_collect_cycles());
unset($a);
var_dump(gc_collect_cycles());
var_dump(gc_collect_cycles());
$x = new stdClass;
$y = new stdClass;
$x->y = $y;
$y->x = $x;
$x->list = [1, 2, $y];
unset($x, $y);
var_dump(gc_collect_cycles());
var_dump(new stdClass);
?>
--EXPECT--
int(0)
int(1)
int(0)
int(3)
object(stdClass)#1 (0) {
}
