--TEST--
Closure::fromCallable and first-class callable syntax
--FILE--
<?php
function add($a, $b) { return $a + $b; }
class M {
    public $v = 3;
    public function times($x) { return $x * $this->v; }
    public static function st($x) { return "st$x"; }
    private function priv() { return "private"; }
    public function getPriv() { return $this->priv(...); }
    public function __invoke($x) { return "invoked $x"; }
}
$f = Closure::fromCallable('add');
echo get_class($f), " ", $f(1, 2), "\n";
$m = new M;
echo Closure::fromCallable([$m, 'times'])(5), "\n";
echo Closure::fromCallable('M::st')(1), "\n";
echo Closure::fromCallable([M::class, 'st'])(2), "\n";
echo Closure::fromCallable($m)(3), "\n";
$s = strlen(...);
echo $s("hello"), " ", get_class($s), "\n";
$t = $m->times(...);
echo $t(7), "\n";
$st = M::st(...);
echo $st(9), "\n";
echo $m->getPriv()(), "\n";
$a = add(...);
echo $a(b: 1, a: 2), "\n";
$name = 'add';
echo $name(...)(3, 4), "\n";
try { Closure::fromCallable('nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
Closure 3
15
st1
st2
invoked 3
5 Closure
21
st9
private
3
7
Failed to create closure from callable: function "nope" not found or invalid function name
