--TEST--
gc: live structures (lists with back pointers, closures, a suspended generator's locals, SplObjectStorage, statics) stay intact through automatic collections
--FILE--
<?php
class Node { public $prev; public $next; public $v; public $extra; }
$head = new Node; $head->v = 0; $cur = $head;
function gen($n) { $local = new Node; $local->v = 'gen'; $local->next = $local; for ($i = 0; $i < $n; $i++) { yield $local; } }
$g = gen(50000); $g->current();
$st = new SplObjectStorage;
$keep = [];
for ($i = 1; $i < 30000; $i++) {
    $n = new Node; $n->v = $i; $n->prev = $cur; $cur->next = $n; $cur = $n;
    $n->extra = function () use ($n) { return $n->v; };
    $junk = new Node; $junk->next = $junk; $junk->extra = [&$junk];
    if ($i % 1000 == 0) { $o = new stdClass; $o->self = $o; $st->attach($o); $keep[] = [&$keep]; }
    static $sv; $sv = $n;
    if ($i % 7 == 0) { $g->next(); }
}
$sum = 0; $cnt = 0;
for ($p = $head; $p !== null; $p = $p->next) { $sum += $p->v; $cnt++; if ($p->next !== null && $p->next->prev !== $p) { echo "broken at $cnt\n"; break; } if ($p->v && ($p->extra)() !== $p->v) { echo "closure broken\n"; break; } }
echo $cnt, " ", $sum, "\n";
echo $g->current()->v, " ", $g->current()->next === $g->current() ? "ok" : "bad", "\n";
$c = 0; foreach ($st as $o) { if ($o->self === $o) $c++; } echo $c, "\n";
echo count($keep), "\n";
$s = gc_status(); echo $s['runs'] > 0 ? "ran" : "none", "\n";
?>
--EXPECT--
30000 449985000
gen ok
29
29
ran
