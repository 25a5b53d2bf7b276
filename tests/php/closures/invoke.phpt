--TEST--
__invoke objects as callables
--FILE--
<?php
class Mul { public function __construct(private $n) {} public function __invoke($x) { return $x * $this->n; } }
$m = new Mul(3);
echo $m(2), "\n";
print_r(array_map($m, [1, 2, 3]));
var_dump(is_callable($m), is_callable(new stdClass));
echo call_user_func($m, 5), " ", call_user_func_array($m, [6]), "\n";
usort($arr, fn($a, $b) => $a <=> $b);
--EXPECTF--
6
Array
(
    [0] => 3
    [1] => 6
    [2] => 9
)
bool(true)
bool(false)
15 18

Fatal error: Uncaught TypeError: usort(): Argument #1 ($array) must be of type array, null given in %s/tests/php/closures/invoke.php:8
Stack trace:
#0 %s/tests/php/closures/invoke.php(8): usort(NULL, Object(Closure))
#1 {main}
  thrown in %s/tests/php/closures/invoke.php on line 8
