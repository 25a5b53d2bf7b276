--TEST--
static variables in nested calls and recursion
--FILE--
<?php
function memo($n) { static $cache = []; if (isset($cache[$n])) return $cache[$n]; return $cache[$n] = $n < 2 ? $n : memo($n - 1) + memo($n - 2); }
echo memo(80), "\n";
function ids() { static $id = 0; return ++$id; }
echo ids(), ids(), ids(), "\n";
--EXPECT--
23416728348467685
123
