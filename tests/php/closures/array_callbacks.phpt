--TEST--
array functions taking callbacks with every callable form
--FILE--
<?php
class Cmp {
    public static function asc($a, $b) { return $a <=> $b; }
    public function desc($a, $b) { return $b <=> $a; }
    public function __invoke($v) { return $v % 2 == 0; }
}
$data = [5, 3, 8, 1, 4];
$a = $data; usort($a, 'Cmp::asc'); echo implode(",", $a), "\n";
$a = $data; usort($a, [new Cmp, 'desc']); echo implode(",", $a), "\n";
$a = $data; usort($a, ['Cmp', 'asc']); echo implode(",", $a), "\n";
$a = ['b' => 2, 'a' => 1, 'c' => 3]; uksort($a, fn($x, $y) => strcmp($x, $y)); echo json_encode($a), "\n";
$a = ['b' => 2, 'a' => 1, 'c' => 3]; uasort($a, Cmp::asc(...)); echo json_encode($a), "\n";
echo json_encode(array_filter($data, new Cmp)), "\n";
echo json_encode(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($k) => $k != 'b', ARRAY_FILTER_USE_KEY)), "\n";
echo json_encode(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($v, $k) => $v > 1 && $k != 'c', ARRAY_FILTER_USE_BOTH)), "\n";
echo json_encode(array_map(null, [1, 2], ['a', 'b'])), "\n";
echo json_encode(array_map(fn($x, $y) => $x . $y, [1, 2, 3], ['a', 'b'])), "\n";
echo json_encode(array_map('strtoupper', ['k' => 'v'])), "\n";
echo array_reduce($data, fn($c, $i) => $c + $i, 10), "\n";
$w = ['x' => 1, 'y' => 2];
array_walk($w, function (&$v, $k, $p) { $v = "$p$k$v"; }, 'pre-');
echo json_encode($w), "\n";
$nested = [[1, 2], [3, [4]]];
array_walk_recursive($nested, function (&$v) { $v *= 10; });
echo json_encode($nested), "\n";
echo json_encode(array_udiff([1, 5, 3], [3], fn($a, $b) => $a <=> $b)), "\n";
echo json_encode(array_uintersect(['a', 'B'], ['A', 'b'], 'strcasecmp')), "\n";
echo preg_replace_callback('/\d+/', fn($m) => $m[0] * 2, "a1 b22 c3"), "\n";
echo implode(",", array_map([new Cmp, 'desc'], [1, 2], [2, 1])), "\n";
try { array_map('nope', [1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { usort($data, [new Cmp, 'missing']); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
1,3,4,5,8
8,5,4,3,1
1,3,4,5,8
{"a":1,"b":2,"c":3}
{"a":1,"b":2,"c":3}
{"2":8,"4":4}
{"a":1,"c":3}
{"b":2}
[[1,"a"],[2,"b"]]
["1a","2b","3"]
{"k":"V"}
31
{"x":"pre-x1","y":"pre-y2"}
[[10,20],[30,[40]]]
[1,5]
["a","B"]
a2 b44 c6
1,-1
array_map(): Argument #1 ($callback) must be a valid callback or null, function "nope" not found or invalid function name
usort(): Argument #2 ($callback) must be a valid callback, class Cmp does not have a method "missing"
