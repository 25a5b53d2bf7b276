<?php
$x = 1;
$f = function($a) use ($x, &$y) { return $a + $x; };
$g = fn($b) => $b * $x + $z;
$h = static function() { return 1; };
$i = fn() => fn() => $x;
$j = function() use ($x) { return function() use ($x) { return $x; }; };
