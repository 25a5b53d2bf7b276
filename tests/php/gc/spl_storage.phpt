--TEST--
gc: ArrayObject storage is one edge to a shared array; what the array holds stays intact
--FILE--
<?php
$o = new stdClass; $o->v = 1;
$arr = [$o];
$ao = new ArrayObject($arr);
$ao['self'] = $ao;
unset($ao);
var_dump(gc_collect_cycles());
$x = new stdClass; $x->me = $x;
$shared = [$x];
$a1 = new ArrayObject($shared); $a1->me = $a1;
unset($a1, $x);
var_dump(gc_collect_cycles());
var_dump($shared[0]->me === $shared[0]);
?>
--EXPECTF--
int(2)

Deprecated: Creation of dynamic property ArrayObject::$me is deprecated in %s/tests/php/gc/spl_storage.php on line 10
int(2)
bool(true)
