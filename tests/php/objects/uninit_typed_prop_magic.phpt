--TEST--
A never-initialized typed property skips __get/__set/__isset/__unset; an unset() one goes to them
--FILE--
<?php
class Test {
    public int $prop;
    public function __get($n) { echo "__get $n\n"; return 1; }
    public function __set($n, $v) { echo "__set $n\n"; }
    public function __isset($n) { echo "__isset $n\n"; return true; }
    public function __unset($n) { echo "__unset $n\n"; }
}
$t = new Test;
var_dump(isset($t->prop));
try { $t->prop; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$t->prop = 5;
var_dump($t->prop);
unset($t->prop);
var_dump(isset($t->prop));
var_dump($t->prop);
$t->prop = 6;
unset($t->prop);
$c = clone $t;
$c->prop = 7;
try {
    $y = 1;
    $t->prop =& $y;
} catch (Error $e) { echo $e->getMessage(), "\n"; }
class Plain { private $x; public function &__get($n) { static $v = 0; return $v; } }
$p = new Plain;
try { $z = 1; $p->x =& $z; } catch (Error $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECTF--
bool(false)
Typed property Test::$prop must not be accessed before initialization
int(5)
__isset prop
bool(true)
__get prop
int(1)
__set prop
__unset prop
__set prop
__get prop

Notice: Indirect modification of overloaded property Test::$prop has no effect in %s/tests/php/objects/uninit_typed_prop_magic.php on line 23
Cannot assign by reference to overloaded object
Cannot assign by reference to overloaded object
