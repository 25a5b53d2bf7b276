--TEST--
one property write site on initialized, unset, typed, readonly and __set-guarded slots (the per-site property cache)
--FILE--
<?php
class A {
    public $x = 1;
    public int $t = 0;
    public function __set($n, $v) { echo "__set($n)\n"; }
}
class R {
    public function __construct(public readonly int $x) {}
}
function put($o, $v) { try { $o->x = $v; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
function putT($o, $v) { try { $o->t = $v; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$a = new A; $r = new R(5);
put($a, 2); echo $a->x, "\n";
unset($a->x);
put($a, 3); var_dump(isset($a->x));
put($r, 6); echo $r->x, "\n";
put($a, 4);
$b = new A; $ref = &$b->x;
put($b, 7); echo $ref, "\n";
putT($a, "8"); var_dump($a->t);
putT($a, "x"); var_dump($a->t);
--EXPECT--
2
__set(x)
bool(false)
Error: Cannot modify readonly property R::$x
5
__set(x)
7
int(8)
TypeError: Cannot assign string to property A::$t of type int
int(8)
