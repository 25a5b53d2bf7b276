--TEST--
method variance through the class hierarchy: a narrower return class and a wider parameter class are accepted, an unrelated return class is fatal
--FILE--
<?php
interface Shape {}
class Circle implements Shape {}
class Ring extends Circle {}
class Factory {
    public function make(Ring $r): Shape { return $r; }
    public function self_(): self { return $this; }
    public function iter(): iterable { return []; }
}
class RingFactory extends Factory {
    public function make(Circle $c): Ring { return new Ring; }
    public function self_(): static { return $this; }
    public function iter(): ArrayIterator { return new ArrayIterator([]); }
}
echo get_class((new RingFactory)->make(new Circle)), "\n";
if (true) {
    class Bad extends Factory {
        public function make(Ring $r): Factory { return $this; }
    }
}
echo "not reached\n";
--EXPECTF--
Ring

Fatal error: Declaration of Bad::make(Ring $r): Factory must be compatible with Factory::make(Ring $r): Shape in %s/tests/php/classes/variance_class_hierarchy.php on line 18
