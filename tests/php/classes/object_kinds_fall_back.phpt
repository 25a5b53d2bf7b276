--TEST--
object ops on $this, variables and temporaries: a cached site whose fast path declines (types, readonly, magic, destructors, overflow, non-objects) behaves as the general handler
--FILE--
<?php
class D {
    public int $n = 1;
    public $u = 'x';
    public function __construct(public string $name) {}
    public function __destruct() { echo "destruct {$this->name}\n"; }
    public function get() { return $this->n; }
}
class M {
    public function __get($p) { echo "__get $p\n"; return 7; }
    public function __call($m, $a) { echo "__call $m\n"; return 8; }
}
class R { public function __construct(public readonly int $r) {} }
class S {
    public static function who() { return static::class; }
    public static function viaSelf() { return self::who(); }
}
class T extends S {}
abstract class Abs {}
class Holder { public $d; public ?D $typed = null; public int $big = PHP_INT_MAX; }

function reads($o) {
    // Same site, different classes: the cache must check the class.
    return $o->n;
}
for ($i = 0; $i < 3; $i++) {
    echo reads(new D("r$i")), "\n";
}
$m = new M;
echo reads($m), "\n";
// A temporary object: read, then released (its destructor runs right after).
echo (new D('tmp'))->n, "\n";
echo (new D('call'))->get(), "\n";
echo "after temporaries\n";
$h = new Holder;
$h->d = new D('held');
for ($i = 0; $i < 3; $i++) {
    echo $h->d->n, $h->d->get(), "\n";
}
$h->d = null;
echo "dropped\n";
// Typed property: the fast path takes ints, the general path coerces or throws.
$d = new D('typed');
for ($i = 0; $i < 3; $i++) {
    $v = [5, "6", 7.0][$i];
    $d->n = $v;
    var_dump($d->n);
}
try {
    $d->n = "seven";
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    $h->typed = new D('typed2');
    echo $h->typed->name, "\n";
    $h->typed = new M;
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
// Compound assignment and ++ on a cached slot, then on values that leave the fast path.
for ($i = 0; $i < 3; $i++) {
    $d->n += 2;
    $d->n++;
    $d->u .= 'y';
}
var_dump($d->n, $d->u);
try {
    $h->big++;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// Readonly.
$r = new R(1);
for ($i = 0; $i < 2; $i++) {
    try {
        $r->r = 2;
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
}
// Magic fallbacks through the same sites.
for ($i = 0; $i < 2; $i++) {
    echo $m->missing, " ", $m->nope(), "\n";
}
// Static calls: a literal class, self:: forwarding the called class.
for ($i = 0; $i < 2; $i++) {
    echo S::who(), " ", T::viaSelf(), " ", S::viaSelf(), "\n";
}
// new: a cached class, then an abstract one.
for ($i = 0; $i < 2; $i++) {
    try {
        $x = $i ? new Abs : new Holder;
        echo get_class($x), "\n";
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
}
// A method call and a read on a temporary that is not an object.
function nothing() { return null; }
echo nothing()?->x, "|\n";
try {
    nothing()->x();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
// parent:: and static:: calls, instance methods through $this, and a static call of
// an instance method without one.
class P {
    public function hi() { return "P::hi " . static::class; }
    public static function make() { return static::class; }
    public function viaStatic() { return static::make(); }
}
class C extends P {
    public function hi() { return "C+" . parent::hi(); }
    public static function make() { return "C:" . parent::make(); }
}
for ($i = 0; $i < 2; $i++) {
    echo (new C)->hi(), " ", C::make(), " ", (new C)->viaStatic(), " ", (new P)->viaStatic(), "\n";
}
try {
    P::hi();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
echo "end\n";
--EXPECT--
destruct r0
1
destruct r1
1
destruct r2
1
__get n
7
destruct tmp
1
destruct call
1
after temporaries
11
11
11
destruct held
dropped
int(5)
int(6)
int(7)
Cannot assign string to property D::$n of type int
typed2
Cannot assign M to property Holder::$typed of type ?D
int(16)
string(4) "xyyy"
TypeError: Cannot increment property Holder::$big of type int past its maximal value
Cannot modify readonly property R::$r
Cannot modify readonly property R::$r
__get missing
7 __call nope
8
__get missing
7 __call nope
8
S T S
S T S
Holder
Cannot instantiate abstract class Abs
|
Call to a member function x() on null
C+P::hi C C:C C:C P
C+P::hi C C:C C:C P
Non-static method P::hi() cannot be called statically
end
destruct typed
destruct typed2
