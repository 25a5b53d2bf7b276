--TEST--
closures: automatic $this binding and scope inside methods, static closures
--FILE--
<?php
class Counter {
    private $count = 0;
    protected static $name = "counter";
    public function incrementer() {
        return function ($by = 1) { $this->count += $by; return $this->count; };
    }
    public function arrow() { return fn() => $this->count * 10; }
    public function scope() { return function () { return static::class . " " . self::$name; }; }
    public function staticOne() { return static function () { return isset($this) ? "has this" : "no this"; }; }
}
class Sub extends Counter {}
$c = new Counter;
$inc = $c->incrementer();
echo $inc(), $inc(5), "\n";
echo $c->arrow()(), "\n";
echo (new Sub)->scope()(), "\n";
echo $c->staticOne()(), "\n";
$free = function () { return isset($this) ? get_class($this) : "unbound"; };
echo $free(), "\n";
--EXPECT--
16
60
Sub counter
no this
unbound
