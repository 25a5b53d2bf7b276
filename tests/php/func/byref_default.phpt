--TEST--
by-ref parameters with defaults and optional before required
--FILE--
<?php
function f(&$a = 5) { $a++; return $a; }
echo f(), "\n";
$x = 1; f($x); echo $x, "\n";
function g($opt = 1, $req) { return $req; }
echo g(1, 2), "\n";
--EXPECTF--
Deprecated: Optional parameter $opt declared before required parameter $req is implicitly treated as a required parameter in %s/tests/php/func/byref_default.php on line 5
6
2
2
