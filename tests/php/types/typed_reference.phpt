--TEST--
References bound to typed properties check every write through any of their names
--FILE--
<?php
class T {
    public int $i = 1;
    public ?string $s = null;
    public int|string $u = 0;
    public float $f = 0.0;
    public $plain;
}
$t = new T;
$r = &$t->i;
$r = "42";            // coerced for the property
var_dump($t->i);
try { $r = "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($t->i);
$r .= "1";
var_dump($r);
try { $r .= "e"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($r);
$t->i = PHP_INT_MAX;
try { $r++; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($t->i);
$t->i = PHP_INT_MIN;
try { --$r; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($t->i);

// Through an untyped property and an array element.
$t->plain = &$t->i;
try { $t->plain = []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$t->plain = "7";
var_dump($t->i);
$a = [&$t->i];
try { $a[0] = new stdClass; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$a[0] = 8.0;
var_dump($t->i);

// Two typed properties sharing one reference must coerce alike.
class U { public int|string $x; public float|string $y; public int $z; }
$u = new U;
$s = "str";
$u->x = &$s;
$u->y = &$s;
try { $s = 42; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($s);
$s = "9";
try { $u->z = &$s; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$n = 5;
$u->z = &$n;
try { $u->y = &$n; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }

// Binding by reference checks the value first.
$x = "abc";
try { $t->i = &$x; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$y = "12";
$t->i = &$y;
var_dump($y);
try { $y = null; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }

// A clone shares the reference and its type; unset releases it.
$c = clone $t;
unset($t);
try { $y = "no"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
unset($c);
$y = "free";
var_dump($y);

// Uninitialized non-nullable properties cannot be referenced.
$o = new class { public int $n; public ?int $m; };
try { $z = &$o->n; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$z = &$o->m;
var_dump($z);

// A typed static property's references, by-reference arguments too.
class S { public static int $i = 1; }
$w = &S::$i;
try { $w = "foo"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function set_array(&$r) { $r = []; }
try { set_array(S::$i); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$w = "5";
var_dump(S::$i);
?>
--EXPECT--
int(42)
Cannot assign string to reference held by property T::$i of type int
int(42)
int(421)
Cannot assign string to reference held by property T::$i of type int
int(421)
Cannot increment a reference held by property T::$i of type int past its maximal value
int(9223372036854775807)
Cannot decrement a reference held by property T::$i of type int past its minimal value
int(-9223372036854775808)
Cannot assign array to reference held by property T::$i of type int
int(7)
Cannot assign stdClass to reference held by property T::$i of type int
int(8)
Cannot assign int to reference held by property U::$x of type string|int and property U::$y of type string|float, as this would result in an inconsistent type conversion
string(3) "str"
Reference with value of type string held by property U::$x of type string|int is not compatible with property U::$z of type int
Reference with value of type int held by property U::$z of type int is not compatible with property U::$y of type string|float
Cannot assign string to property T::$i of type int
int(12)
Cannot assign null to reference held by property T::$i of type int
Cannot assign string to reference held by property T::$i of type int
string(4) "free"
Cannot access uninitialized non-nullable property class@anonymous::$n by reference
NULL
Cannot assign string to reference held by property S::$i of type int
Cannot assign array to reference held by property S::$i of type int
int(5)
