--TEST--
A static property used through $obj->name: notice, then the dynamic table (silent under isset and magic methods)
--FILE--
<?php
#[AllowDynamicProperties]
class A {
    public static $s = "static";
    private static $p = "private static";
    function readP() { return $this->p; }
}
class B extends A {}
class M {
    public static $s = 1;
    private $store = [];
    function __get($n) { echo "__get($n)\n"; return $this->store[$n] ?? null; }
    function __set($n, $v) { echo "__set($n)\n"; $this->store[$n] = $v; }
}
$a = new A;
var_dump($a->s);
$a->s = "dynamic";
var_dump($a->s, A::$s, isset($a->s));
unset($a->s);
var_dump(isset($a->s));
$b = new B;
var_dump($b->readP());
try { var_dump($b->p); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { var_dump($a->p); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$m = new M;
$m->s = 5;
var_dump($m->s);
--EXPECTF--
Notice: Accessing static property A::$s as non static in %s/tests/php/objects/static_prop_as_instance.php on line 16

Warning: Undefined property: A::$s in %s/tests/php/objects/static_prop_as_instance.php on line 16
NULL

Notice: Accessing static property A::$s as non static in %s/tests/php/objects/static_prop_as_instance.php on line 17

Notice: Accessing static property A::$s as non static in %s/tests/php/objects/static_prop_as_instance.php on line 18
string(7) "dynamic"
string(6) "static"
bool(true)

Notice: Accessing static property A::$s as non static in %s/tests/php/objects/static_prop_as_instance.php on line 19
bool(false)

Notice: Accessing static property B::$p as non static in %s/tests/php/objects/static_prop_as_instance.php on line 6

Warning: Undefined property: B::$p in %s/tests/php/objects/static_prop_as_instance.php on line 6
NULL

Warning: Undefined property: B::$p in %s/tests/php/objects/static_prop_as_instance.php on line 23
NULL
Cannot access private property A::$p
__set(s)
__get(s)
int(5)
