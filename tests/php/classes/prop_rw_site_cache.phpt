--TEST--
property writes, compound assignments and increments through a cached site behave as the uncached path (coercion, overflow, readonly, unset + __set, class types in any case); static call sites per scope
--FILE--
<?php
class Node {}
class T
{
    const BIG = PHP_INT_MAX;
    public int $max = self::BIG;
    public $pi = M_PI;
    public int $i = 0;
    public float $f = 0.0;
    public ?node $n = null;
    public string $s = "";
    public $u = 1;
    public readonly int $r;

    public function __construct() { $this->r = 7; }
    public function __set($k, $v) { echo "__set($k)\n"; }
    public function bump() { $this->i++; $this->s .= "x"; return $this->i; }
}

$t = new T();
var_dump($t->max, $t->pi);
foreach ([1, "2", 3.0, "4"] as $v) {
    $t->i = $v;          // the same site: int, then coercions
    $t->f = $v;
    var_dump($t->i, $t->f);
}
foreach ([new Node(), null] as $v) {
    $t->n = $v;
    var_dump($t->n === $v);
}
for ($k = 0; $k < 3; $k++) {
    $t->s .= $k;
    $t->i += 10;
    $t->u++;
}
var_dump($t->s, $t->i, $t->u);
$t->i = PHP_INT_MAX - 1;
for ($k = 0; $k < 2; $k++) {
    try {
        $t->i++;
        echo "i = ", $t->i, "\n";
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
for ($k = 0; $k < 2; $k++) {
    try {
        $t->r++;
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        $t->r = 8;
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
}
for ($k = 0; $k < 3; $k++) {
    if ($k == 1) {
        unset($t->u);
    }
    $t->u = $k;          // after unset: __set runs instead
    try {
        $t->i = "nope";
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
$t->i = 0;
echo $t->bump(), $t->bump(), " ", $t->s, "\n";
$t->i = PHP_INT_MIN;
try {
    $t->i--;
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}


class A
{
    public static function who() { return "A::who"; }
    private static function hidden() { return "A::hidden"; }
    public static function viaSelf() { return self::hidden() . " " . static::who(); }
    public static function __callStatic($m, $a) { return "__callStatic($m)"; }
    public function __call($m, $a) { return "__call($m)"; }
    public function inst() { return A::hidden2(); }
}
class B extends A
{
    public static function who() { return "B::who"; }
    public static function tryHidden() { return A::hidden(); }
}
for ($k = 0; $k < 2; $k++) {
    echo A::viaSelf(), " | ", B::viaSelf(), " | ", B::tryHidden(), " | ", (new A)->inst(), "\n";
}
--EXPECT--
int(9223372036854775807)
float(3.141592653589793)
int(1)
float(1)
int(2)
float(2)
int(3)
float(3)
int(4)
float(4)
bool(true)
bool(true)
string(3) "012"
int(34)
int(4)
i = 9223372036854775807
TypeError: Cannot increment property T::$i of type int past its maximal value
Cannot modify readonly property T::$r
Cannot modify readonly property T::$r
Cannot modify readonly property T::$r
Cannot modify readonly property T::$r
Cannot assign string to property T::$i of type int
__set(u)
Cannot assign string to property T::$i of type int
__set(u)
Cannot assign string to property T::$i of type int
12 012xx
Cannot decrement property T::$i of type int past its minimal value
A::hidden A::who | A::hidden B::who | __callStatic(hidden) | __call(hidden2)
A::hidden A::who | A::hidden B::who | __callStatic(hidden) | __call(hidden2)
