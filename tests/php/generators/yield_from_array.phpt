--TEST--
Generators: yield from arrays keeps their keys and does not move the auto key
--FILE--
<?php
function g() {
    yield 'first';
    $r = yield from ['a' => 1, 'b' => 2, 5 => 3, 4];
    var_dump($r);
    yield 'after';
    yield from [];
    yield from [[1, 2], 'x' => [3]];
    yield 'last';
}
foreach (g() as $k => $v) {
    echo json_encode($k), ' => ', json_encode($v), "\n";
}
var_dump(iterator_to_array(g(), false));
function sent() {
    $x = yield from [1, 2];
    $y = yield 3;
    echo "y=$y\n";
}
$s = sent();
foreach ([10, 20, 30] as $n) {
    echo $s->current(), "\n";
    $s->send($n);
}
--EXPECT--
0 => "first"
"a" => 1
"b" => 2
5 => 3
6 => 4
NULL
1 => "after"
0 => [1,2]
"x" => [3]
2 => "last"
NULL
array(9) {
  [0]=>
  string(5) "first"
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
  [4]=>
  int(4)
  [5]=>
  string(5) "after"
  [6]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [7]=>
  array(1) {
    [0]=>
    int(3)
  }
  [8]=>
  string(4) "last"
}
1
2
3
y=30
