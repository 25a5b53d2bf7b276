<?php
const A = 1;
const B = A * 2, C = [A, PHP_EOL];
const D = new stdClass;
function f() { static $x = A + 1, $y = [B], $z = new ArrayObject([1]); static $w = 5; return $x; }
class K { const E = B; public $p = A; }
