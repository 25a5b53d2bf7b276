--TEST--
A value (not a variable) passed to a built-in's by-reference parameter is an Error; PREFER_REF ones accept it
--FILE--
<?php
try { sort($x = [3, 1]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { preg_match('/a/', 'a', $m = []); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { array_push($a = [], 1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo str_replace('a', 'b', 'aa', 5), "\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
extract($q = ['zz' => 1]); echo $zz, "\n";
array_multisort($w = [2, 1]); echo "ok\n";
echo current([1, 2]), "\n";
array_walk_recursive($n = [1, [2]], function ($v) { echo $v; });
--EXPECTF--
sort(): Argument #1 ($array) cannot be passed by reference
preg_match(): Argument #3 ($matches) cannot be passed by reference
array_push(): Argument #1 ($array) cannot be passed by reference
str_replace(): Argument #4 ($count) cannot be passed by reference
1
ok
1

Fatal error: Uncaught Error: array_walk_recursive(): Argument #1 ($array) cannot be passed by reference in %s/tests/php/func/builtin_by_ref_value.php:9
Stack trace:
#0 {main}
  thrown in %s/tests/php/func/builtin_by_ref_value.php on line 9
