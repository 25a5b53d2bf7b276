--TEST--
gc: cycles through arrays and references
--FILE--
<?php
$a = [];
$a[] = &$a;
unset($a);
var_dump(gc_collect_cycles());

$o = new stdClass;
$o->a = [];
$o->a[0] = &$o;
unset($o);
var_dump(gc_collect_cycles());

$b = [1, 2];
$b['me'] = &$b;
$c = $b;
var_dump(gc_collect_cycles());
unset($b);
var_dump(gc_collect_cycles());
var_dump(count($c));
unset($c);
var_dump(gc_collect_cycles());

function f() {
    $x = new stdClass;
    $x->x = $x;
    $r = [&$r];
}
f();
var_dump(gc_collect_cycles());
?>
--EXPECT--
int(1)
int(2)
int(0)
int(0)
int(3)
int(1)
int(2)
