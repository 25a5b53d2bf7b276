--TEST--
Closure is a final class; closures compare and clone like objects
--FILE--
<?php
$f = function () { return 1; };
var_dump($f instanceof Closure, is_object($f), gettype($f), get_class($f));
$g = $f;
var_dump($f === $g, $f == clone $f);
try { new Closure(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(method_exists($f, 'bindTo'), method_exists('Closure', 'fromCallable'));
echo $f->__invoke(), "\n";
var_dump(is_callable([$f, '__invoke']));
--EXPECT--
bool(true)
bool(true)
string(6) "object"
string(7) "Closure"
bool(true)
bool(false)
Instantiation of class Closure is not allowed
bool(true)
bool(true)
1
bool(true)
