<?php
function g($a, $b = 1, $c) { return $a; }
class K { function m() { return call_user_func([$this, 'n'], 1) . call_user_func_array('self::n', [2]); } static function n($x) { return $x; } }
$x = call_user_func('g', 1, 2, 3);
$y = call_user_func_array('strlen', ['abc']);
$z = call_user_func($f, ...[]);
$w = call_user_func_array($f, $args);
$v = $GLOBALS; $u = $GLOBALS['x'];
