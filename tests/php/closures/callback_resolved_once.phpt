--TEST--
Callbacks a built-in makes: the callable is resolved once per call (one deprecation), by-ref parameters, __call, exceptions
--FILE--
<?php
class A {
    static function dbl($x) { return $x * 2; }
    function viaSelf() { return array_map('self::dbl', [1, 2, 3]); }
    function viaParent() { return array_map([$this, 'parent::dbl'], [4, 5]); }
    function __call($name, $args) { return "$name(" . implode(',', $args) . ")"; }
}
class B extends A {}
print_r((new A)->viaSelf());
print_r((new B)->viaParent());
print_r(array_map([new A, 'missing'], [1, 2], ['a', 'b']));
print_r(array_map('strtoupper', ['x' => 'a', 'y' => 'b']));
print_r(array_filter([1, 0, 2, null, 3], 'boolval'));
print_r(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($k) => $k != 'b', ARRAY_FILTER_USE_KEY));
print_r(array_filter(['a' => 1, 'b' => 2], fn($v, $k) => $v == 2 || $k == 'a', ARRAY_FILTER_USE_BOTH));
$arr = [3, 1, 2];
array_walk($arr, function (&$v, $k, $add) { $v = $v * 10 + $add; }, 7);
print_r($arr);
array_walk($arr, fn($v) => $v + 1);
print_r($arr);
function byref(&$x) { $x = 'changed'; return $x; }
print_r(array_map('byref', ['keep']));
echo array_reduce([1, 2, 3, 4], fn($c, $x) => $c + $x, 10), "\n";
$n = 0;
$data = [5, 3, 8, 1, 9, 2];
usort($data, function ($a, $b) use (&$n) { $n++; return $a <=> $b; });
echo implode(',', $data), " compared\n";
uasort($data, fn($a, $b) => $a < $b);
print_r($data);
try {
    usort($data, function ($a, $b) { throw new RuntimeException("stop at $a/$b"); });
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    echo $e->getTrace()[1]['function'], "\n";
}
echo preg_replace_callback('/\d+/', fn($m) => $m[0] + 1, 'a1 b22 c333'), "\n";
echo preg_replace_callback('/(\w)(\d)/', 'implode', 'a1 b2'), "\n";
print_r(call_user_func_array(fn($a, $b = 'B', ...$rest) => [$a, $b, $rest], ['b' => 'x', 'a' => 'y']));
function typed(int $i) { return $i + 1; }
print_r(array_map('typed', ['5', 6.0]));
try {
    array_map('typed', ['five']);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(call_user_func_array('str_replace', ['a', 'b', 'cab', new stdClass]));
$cufa = 'call_user_func_array'; // a real call, not the compiler's SEND_ARRAY form
var_dump($cufa('str_replace', ['a', 'b', 'cab', 'count' => new stdClass]));
--EXPECTF--
Deprecated: Use of "self" in callables is deprecated in %s/tests/php/closures/callback_resolved_once.php on line 4
Array
(
    [0] => 2
    [1] => 4
    [2] => 6
)

Deprecated: Callables of the form ["B", "parent::dbl"] are deprecated in %s/tests/php/closures/callback_resolved_once.php on line 5
Array
(
    [0] => 8
    [1] => 10
)
Array
(
    [0] => missing(1,a)
    [1] => missing(2,b)
)
Array
(
    [x] => A
    [y] => B
)
Array
(
    [0] => 1
    [2] => 2
    [4] => 3
)
Array
(
    [a] => 1
    [c] => 3
)
Array
(
    [a] => 1
    [b] => 2
)
Array
(
    [0] => 37
    [1] => 17
    [2] => 27
)
Array
(
    [0] => 37
    [1] => 17
    [2] => 27
)

Warning: byref(): Argument #1 ($x) must be passed by reference, value given in %s/tests/php/closures/callback_resolved_once.php on line 22
Array
(
    [0] => changed
)
20
1,2,3,5,8,9 compared

Deprecated: uasort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s/tests/php/closures/callback_resolved_once.php on line 28
Array
(
    [5] => 9
    [4] => 8
    [3] => 5
    [2] => 3
    [1] => 2
    [0] => 1
)
RuntimeException: stop at 9/8
usort
a2 b23 c334
a1a1 b2b2
Array
(
    [0] => y
    [1] => x
    [2] => Array
        (
        )

)
Array
(
    [0] => 6
    [1] => 7
)
typed(): Argument #1 ($i) must be of type int, string given

Warning: str_replace(): Argument #4 ($count) must be passed by reference, value given in %s/tests/php/closures/callback_resolved_once.php on line 46
string(3) "cbb"

Warning: str_replace(): Argument #4 ($count) must be passed by reference, value given in %s/tests/php/closures/callback_resolved_once.php on line 48
string(3) "cbb"
