--TEST--
property_exists() on an object also finds a private property of the calling class (an ancestor of the object's) once initialized
--FILE--
<?php
class P {
    private $foo;
    private int $typed;
    private static $st;
    public function has($n) { return property_exists($this, $n); }
}
class C extends P {
    public function childHas($n) { return property_exists($this, $n); }
}
$c = new C;
foreach (['foo', 'typed', 'st', 'nope'] as $n) {
    var_dump($c->has($n), $c->childHas($n), property_exists($c, $n), property_exists('C', $n), property_exists('P', $n));
}
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
