--TEST--
array_map, array_filter, array_reduce, array_walk
--FILE--
<?php
var_dump(array_map(fn($x) => $x * 2, [1, 2, 3]), array_map(null, [1, 2], ['a', 'b']), array_map(fn($a, $b) => $a . $b, [1, 2], ['x']), array_map('strtoupper', ['k' => 'v']));
var_dump(array_filter([0, 1, 2, null, '', 'a', [], '0']), array_filter([1, 2, 3, 4], fn($x) => $x % 2 == 0), array_filter(['a' => 1, 'b' => 2], fn($k) => $k == 'b', ARRAY_FILTER_USE_KEY), array_filter([1, 2], fn($v, $k) => $k == 1, ARRAY_FILTER_USE_BOTH));
var_dump(array_reduce([1, 2, 3], fn($c, $i) => $c + $i, 10), array_reduce([], fn($c, $i) => 0));
$arr = [1, 2]; array_walk($arr, function (&$v, $k, $p) { $v = "$p$k:$v"; }, '#'); var_dump($arr);
--EXPECT--
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(4)
  [2]=>
  int(6)
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    string(1) "a"
  }
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    string(1) "b"
  }
}
array(2) {
  [0]=>
  string(2) "1x"
  [1]=>
  string(1) "2"
}
array(1) {
  ["k"]=>
  string(1) "V"
}
array(3) {
  [1]=>
  int(1)
  [2]=>
  int(2)
  [5]=>
  string(1) "a"
}
array(2) {
  [1]=>
  int(2)
  [3]=>
  int(4)
}
array(1) {
  ["b"]=>
  int(2)
}
array(1) {
  [1]=>
  int(2)
}
int(16)
NULL
array(2) {
  [0]=>
  string(4) "#0:1"
  [1]=>
  string(4) "#1:2"
}
