--TEST--
closures: static variables per closure object, bindTo copies, scope of static closures
--FILE--
<?php
function counter() { return function () { static $n = 0; return ++$n; }; }
$a = counter(); $b = counter();
echo $a(), $a(), $b(), "\n";
class P { protected static $label = "P"; public static function who() { return static::class; } }
class C extends P { protected static $label = "C"; }
$f = static function () { return static::$label . "/" . self::$label . "/" . static::who(); };
echo Closure::bind($f, null, C::class)(), "\n";
echo Closure::bind($f, null, P::class)(), "\n";
$counter = function () { static $calls = 0; return ++$calls; };
$counter(); $counter();
$copy = $counter->bindTo(null);
echo $counter(), $copy(), $copy(), $counter(), "\n";
$obj = new class { public $v = 1; };
$get = function () { return $this->v; };
$bound = $get->bindTo($obj);
$obj->v = 5;
echo $bound(), "\n";
echo (fn() => get_class($this))->call($obj) === get_class($obj) ? "same class\n" : "different\n";
try { $get(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
121
C/C/C
P/P/P
3344
5
same class
Error: Using $this when not in object context
