--TEST--
gc: the buffer of possible roots fills and collects by itself
--FILE--
<?php
class Pair { public $other; }
for ($i = 0; $i < 100000; $i++) {
    $a = new Pair;
    $b = new Pair;
    $a->other = $b;
    $b->other = $a;
}
$s = gc_status();
var_dump($s['runs'] >= 5, $s['collected'] >= 90000, $s['threshold']);
gc_disable();
for ($i = 0; $i < 30000; $i++) {
    $a = new Pair;
    $a->other = $a;
}
var_dump(gc_status()['runs'] === $s['runs']);
unset($a, $b);
var_dump(gc_collect_cycles() >= 30000);
?>
--EXPECT--
bool(true)
bool(true)
int(10001)
bool(true)
bool(true)
