--TEST--
Closure::bind, bindTo and call
--FILE--
<?php
class A { private $secret = "A's secret"; private static $st = "static A"; public function name() { return "A"; } }
class B extends A { public $pub = "B pub"; }
$peek = function () { return $this->secret; };
$bound = Closure::bind($peek, new A, A::class);
echo $bound(), "\n";
$b2 = $peek->bindTo(new B, A::class);
echo $b2(), "\n";
echo $peek->call(new A), "\n";
$stat = static function () { return self::$st; };
echo Closure::bind($stat, null, A::class)(), "\n";
$getPub = function () { return $this->pub; };
echo $getPub->bindTo(new B)(), "\n";
$unbound = function () { return static::class; };
echo Closure::bind($unbound, null, 'B')(), "\n";
$withArgs = function ($x, $y) { return $this->name() . ($x + $y); };
echo $withArgs->call(new B, 1, 2), "\n";
$r = @$stat->bindTo(new A);
var_dump($r);
$stat->bindTo(new A);
--EXPECTF--
A's secret
A's secret
A's secret
static A
B pub
B
A3
NULL

Warning: Cannot bind an instance to a static closure in %s/tests/php/closures/bind.php on line 20
