--TEST--
weak mode: a Stringable object coerces to string for parameters, returns, variadics and properties; __toString exceptions propagate
--FILE--
<?php
class S { function __toString() { return "foobar"; } }
class P { public string $s = ""; public ?string $n = null; public int $i = 0; }
$p = new P; $p->s = new S; var_dump($p->s);
$p->n = new S; var_dump($p->n);
try { $p->i = new S; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$r = &$p->s; $r = new S; var_dump($p->s);
class T { function __toString() { throw new Exception("boom"); } }
try { $p->s = new T; } catch (Exception $e) { echo $e->getMessage(), "\n"; }
function f(string $x) { return $x; }
try { f(new T); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
function g(int|string $x) { var_dump($x); }
g(new S);
function h(bool $x) { var_dump($x); }
try { h(new S); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function k(): string { return new S; }
var_dump(k());
function v(string ...$a) { var_dump($a); }
v(new S, "x");
--EXPECTF--
string(6) "foobar"
string(6) "foobar"
Cannot assign S to property P::$i of type int
string(6) "foobar"
boom
boom
string(6) "foobar"
h(): Argument #1 ($x) must be of type bool, S given, called in %s/tests/php/types/stringable_weak_coercion.php on line 15
string(6) "foobar"
array(2) {
  [0]=>
  string(6) "foobar"
  [1]=>
  string(1) "x"
}
