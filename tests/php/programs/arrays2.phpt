--TEST--
program: array munging: grouping, pivots, recursive merges, set operations, splice/slice, destructuring
--FILE--
<?php
// Array-heavy data munging: grouping, pivoting, recursive merges, column extraction from objects, set operations, ranges
$sales = [
    ['region' => 'north', 'rep' => 'ann', 'q' => 'Q1', 'amount' => 120.5, 'units' => 3],
    ['region' => 'south', 'rep' => 'bob', 'q' => 'Q1', 'amount' => 99.99, 'units' => 1],
    ['region' => 'north', 'rep' => 'cid', 'q' => 'Q2', 'amount' => 300, 'units' => 7],
    ['region' => 'east', 'rep' => 'ann', 'q' => 'Q2', 'amount' => 45.25, 'units' => 2],
    ['region' => 'south', 'rep' => 'bob', 'q' => 'Q3', 'amount' => 210, 'units' => 4],
    ['region' => 'north', 'rep' => 'ann', 'q' => 'Q3', 'amount' => 0.01, 'units' => 1],
];
$by = fn(array $rows, string $k) => array_reduce($rows, function ($acc, $r) use ($k) { $acc[$r[$k]][] = $r; return $acc; }, []);
foreach ($by($sales, 'region') as $region => $rows) printf("%-6s n=%d sum=%8.2f avg=%7.3f max=%s\n", $region, count($rows), array_sum(array_column($rows, 'amount')), array_sum(array_column($rows, 'amount')) / count($rows), max(array_column($rows, 'amount')));
$pivot = [];
foreach ($sales as ['region' => $r, 'q' => $q, 'amount' => $a]) { $pivot[$r][$q] = ($pivot[$r][$q] ?? 0) + $a; }
$quarters = array_unique(array_column($sales, 'q')); sort($quarters);
echo str_pad('', 7), implode('', array_map(fn($q) => str_pad($q, 9, ' ', STR_PAD_LEFT), $quarters)), "\n";
ksort($pivot);
foreach ($pivot as $r => $row) { echo str_pad($r, 7); foreach ($quarters as $q) echo str_pad(number_format($row[$q] ?? 0, 2), 9, ' ', STR_PAD_LEFT); echo "\n"; }
echo json_encode(array_column($sales, 'amount', 'rep')), "\n";
echo json_encode(array_column($sales, null, 'q')['Q2']['rep']), "\n";
$objs = array_map(fn($r) => (object) $r, $sales);
echo json_encode(array_column($objs, 'units', 'rep')), "\n";
class P { public function __construct(public string $name, private int $secret = 1) {} }
echo json_encode(array_column([new P('x'), new P('y')], 'name')), json_encode(array_column([new P('x')], 'secret')), "\n";
$defaults = ['db' => ['host' => 'localhost', 'port' => 3306, 'opts' => ['a', 'b']], 'debug' => false, 'tags' => ['x']];
$override = ['db' => ['port' => 5432, 'opts' => ['c']], 'debug' => true, 'tags' => ['y', 'z'], 'new' => 1];
echo json_encode(array_merge($defaults, $override)), "\n";
echo json_encode(array_merge_recursive($defaults, $override)), "\n";
echo json_encode(array_replace_recursive($defaults, $override)), "\n";
echo json_encode($defaults + $override), ' ', json_encode(array_replace([1, 2, 3], [1 => 'b'], [3 => 'd'])), "\n";
$a = ['a' => 1, 'b' => 2, 'c' => 3, 0 => 'zero', 5 => 'five']; $b = ['b' => 20, 'd' => 4, 0 => 'ZERO', 'c' => 3];
echo json_encode([array_diff_key($a, $b), array_intersect_key($a, $b), array_diff_assoc($a, $b), array_intersect_assoc($a, $b), array_diff($a, $b), array_intersect($a, $b)]), "\n";
echo json_encode(array_udiff([1, 5, 3], [3, 4], fn($x, $y) => $x <=> $y)), json_encode(array_uintersect(['A', 'b'], ['a', 'B'], 'strcasecmp')), json_encode(array_diff_ukey(['a' => 1, 'B' => 2], ['b' => 1], 'strcasecmp')), "\n";
echo json_encode(array_fill_keys(['a', 5, 'c'], 0)), json_encode(array_pad([1, 2], 4, 0)), json_encode(array_pad([1, 2], -4, 0)), json_encode(array_chunk(['a' => 1, 'b' => 2, 'c' => 3], 2, true)), "\n";
echo json_encode(range(0, 1, 0.25)), json_encode(range('z', 'u', 2)), json_encode(range(10, 0, -3)), json_encode(range(5, 5)), json_encode(range('A', 'E')), "\n";
echo json_encode(array_splice($sales, 1, 2)), ' ', count($sales), "\n";
$list = [1, 2, 3, 4, 5]; $removed = array_splice($list, 1, -2, ['x', 'y', 'z']); echo json_encode([$list, $removed]), "\n";
$list = ['a' => 1, 'b' => 2, 3]; array_splice($list, 1, 0, 'ins'); echo json_encode($list), "\n";
echo json_encode(array_slice(['a' => 1, 5 => 2, 9 => 3], 1)), json_encode(array_slice(['a' => 1, 5 => 2, 9 => 3], -2, 1, true)), "\n";
$matrix = [[1, 2, 3], [4, 5, 6]]; echo json_encode(array_map(null, ...$matrix)), json_encode(array_map(null, [1, 2], ['a'])), json_encode(array_map(fn($a, $b) => $a . $b, ['x' => 1, 'y' => 2], [3, 4])), json_encode(array_map(fn($a) => $a * 2, ['x' => 1, 'y' => 2])), "\n";
echo json_encode(array_filter([0, 1, '', null, 'a', false, [], '0', 0.0])), json_encode(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($k) => $k !== 'b', ARRAY_FILTER_USE_KEY)), json_encode(array_filter([5, 6, 7], fn($v, $k) => $v % 2 && $k, ARRAY_FILTER_USE_BOTH)), "\n";
extract(['alpha' => 1, 'beta' => 2], EXTR_PREFIX_ALL, 'p'); echo $p_alpha + $p_beta, ' '; $alpha = 'orig'; echo extract(['alpha' => 'new', 'gamma' => 3], EXTR_SKIP), " $alpha $gamma "; echo json_encode(compact('alpha', ['gamma'])), "\n";
echo json_encode(array_count_values(['a', 'b', 'a', 1, '1', 1.5])), "\n";
echo json_encode(array_flip(['a', 'b', 'a'])), json_encode(array_unique([3, '3', 1, 'a', 'A', 1.0])), json_encode(array_search('1', [0, 1, '1'])), json_encode(array_search('1', [0, 1, '1'], true)), json_encode(in_array('abc', [0])), json_encode(in_array(null, [0])), "\n";
echo json_encode(array_keys(['a' => 1, 'b' => 2, 'c' => 1], 1)), json_encode(array_key_first([])), json_encode(array_key_last([1, 2, 3])), json_encode(array_is_list([1 => 1])), "\n";
$stack = [1, 2]; array_push($stack, 3, 4); $top = array_pop($stack); array_unshift($stack, 0); $first = array_shift($stack); echo json_encode([$stack, $top, $first]), "\n";
$ka = [5 => 'a', 9 => 'b']; array_shift($ka); array_unshift($ka, 'z'); echo json_encode($ka), "\n";
echo json_encode(array_product([2, '3', 4.0])), json_encode(array_sum([])), json_encode(array_product([])), json_encode(max([1, '5', 3.5])), json_encode(min('b', 'a', 'c')), json_encode(max([1, 2], [1, 3])), json_encode(max('abc', 0)), "\n";
$walk = ['a' => 1, 'b' => 2]; array_walk($walk, function (&$v, $k, $p) { $v = "$p$k=$v"; }, '#'); echo implode(',', $walk), "\n";
$it = new ArrayIterator(['x' => 1, 'y' => 2]); echo json_encode(iterator_to_array($it)), ' ', iterator_count($it), ' ', json_encode(array_map(fn($v) => $v * 10, iterator_to_array($it))), "\n";
$nested = ['a' => ['b' => ['c' => 1]], 'd' => [2, 3]]; echo count($nested, COUNT_RECURSIVE), ' ', json_encode(array_key_exists('b', $nested['a'])), ' ', json_encode(isset($nested['a']['b']['c']['d'])), "\n";
$byLen = ['pear', 'fig', 'apple', 'kiwi', 'date']; usort($byLen, fn($x, $y) => [strlen($x), $x] <=> [strlen($y), $y]); echo implode(' ', $byLen), "\n";
echo json_encode(array_combine(['a', 'b'], [[1], null])), json_encode(str_split('abcdef', 4)), json_encode(array_reverse(['x' => 1, 2, 3])), "\n";
list(, $second, , $fourth) = [1, 2, 3, 4]; [[$p1, $p2], [$p3]] = [[1, 2], [3]]; ['k' => ['n' => $deep]] = ['k' => ['n' => 'deep']]; echo "$second $fourth $p1$p2$p3 $deep\n";
foreach ([[1, [2, 3]], [4, [5, 6]]] as [$x, [$y, $z]]) echo $x + $y + $z, ' '; echo "\n";
$swap = [1, 2]; [$swap[1], $swap[0]] = $swap; echo json_encode($swap), "\n";

--EXPECTF--
north  n=3 sum=  420.51 avg=140.170 max=300
south  n=2 sum=  309.99 avg=154.995 max=210
east   n=1 sum=   45.25 avg= 45.250 max=45.25
              Q1       Q2       Q3
east        0.00    45.25     0.00
north     120.50   300.00     0.01
south      99.99     0.00   210.00
{"ann":0.01,"bob":210,"cid":300}
"ann"
{"ann":1,"bob":4,"cid":7}
["x","y"][]
{"db":{"port":5432,"opts":["c"]},"debug":true,"tags":["y","z"],"new":1}
{"db":{"host":"localhost","port":[3306,5432],"opts":["a","b","c"]},"debug":[false,true],"tags":["x","y","z"],"new":1}
{"db":{"host":"localhost","port":5432,"opts":["c","b"]},"debug":true,"tags":["y","z"],"new":1}
{"db":{"host":"localhost","port":3306,"opts":["a","b"]},"debug":false,"tags":["x"],"new":1} [1,"b",3,"d"]
[{"a":1,"5":"five"},{"b":2,"c":3,"0":"zero"},{"a":1,"b":2,"0":"zero","5":"five"},{"c":3},{"a":1,"b":2,"0":"zero","5":"five"},{"c":3}]
[1,5]["A","b"]{"a":1}
{"a":0,"5":0,"c":0}[1,2,0,0][0,0,1,2][{"a":1,"b":2},{"c":3}]
[0,0.25,0.5,0.75,1]["z","x","v"][10,7,4,1][5]["A","B","C","D","E"]
[{"region":"south","rep":"bob","q":"Q1","amount":99.99,"units":1},{"region":"north","rep":"cid","q":"Q2","amount":300,"units":7}] 4
[[1,"x","y","z",4,5],[2,3]]
{"a":1,"0":"ins","b":2,"1":3}
[2,3]{"5":2}
[[1,4],[2,5],[3,6]][[1,"a"],[2,null]]["13","24"]{"x":2,"y":4}
{"1":1,"4":"a"}{"a":1,"c":3}{"2":7}
3 1 orig 3 {"alpha":"orig","gamma":3}

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s/tests/php/programs/arrays2.php on line 43
{"a":2,"b":1,"1":2}
{"a":2,"b":1}{"0":3,"2":1,"3":"a","4":"A"}12falsetrue
["a","c"]null2false
[[1,2,3],4,0]
["z","b"]
2401"5""a"[1,3]"abc"
#a=1,#b=2
{"x":1,"y":2} 2 {"x":10,"y":20}
6 true false
fig date kiwi pear apple
{"a":[1],"b":null}["abcd","ef"]{"0":3,"1":2,"x":1}
2 4 123 deep
6 15 
[2,1]
