--TEST--
++/-- of typed static properties past the int range is a TypeError (also through a typed reference); float-accepting types become float
--FILE--
<?php
class Foo { public static int $bar = PHP_INT_MAX; public static int $min = PHP_INT_MIN; public static float|int $f = PHP_INT_MAX; public int $p = PHP_INT_MAX; }
foreach ([fn() => Foo::$bar++, fn() => ++Foo::$bar, fn() => Foo::$min--, fn() => --Foo::$min, fn() => Foo::$f++, function () { $o = new Foo; $o->p++; }] as $f) {
    try { var_dump($f()); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
var_dump(Foo::$bar, Foo::$min, Foo::$f);
class R { public static $u = PHP_INT_MAX; }
$o = new class { public int $i = 0; };
$o->i = PHP_INT_MAX;
R::$u = &$o->i;
try { R::$u++; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(R::$u);
--EXPECT--
Cannot increment property Foo::$bar of type int past its maximal value
Cannot increment property Foo::$bar of type int past its maximal value
Cannot decrement property Foo::$min of type int past its minimal value
Cannot decrement property Foo::$min of type int past its minimal value
int(9223372036854775807)
Cannot increment property Foo::$p of type int past its maximal value
int(9223372036854775807)
int(-9223372036854775808)
float(9.223372036854776E+18)
Cannot increment a reference held by property class@anonymous::$i of type int past its maximal value
int(9223372036854775807)
