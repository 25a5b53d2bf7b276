--TEST--
foreach over a plain object walks its live properties: added and removed ones are seen, by-reference values keep typed and readonly rules
--FILE--
<?php
class P {
    public int $n = 1;
    public $a = 'a';
    protected $hidden = 'h';
    public readonly int $r;
    function __construct() { $this->r = 5; }
    function walk() { foreach ($this as $k => $v) echo "$k "; echo "\n"; }
}
$p = new P;
foreach ($p as $k => $v) {
    echo "$k=", json_encode($v), " ";
    if ($k === 'n') { unset($p->a); $p->dyn = 'd'; }
}
echo "\n";
$p->walk();
try {
    foreach ($p as $k => &$v) {
        echo "$k ";
        if ($k === 'n') $v = "12";
    }
} catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump($p->n);
unset($v);
class Q { public int $x = 0; }
$q = new Q;
try {
    foreach ($q as &$v) { $v = "nope"; }
} catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($q->x);
--EXPECTF--
n=1 
Deprecated: Creation of dynamic property P::$dyn is deprecated in %s/tests/php/stdlib/foreach_object_live.php on line 13
r=5 dyn="d" 
n hidden r dyn 
n Error: Cannot acquire reference to readonly property P::$r
int(12)
Cannot assign string to reference held by property Q::$x of type int
int(0)
