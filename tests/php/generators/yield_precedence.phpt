--TEST--
yield: keys, nested keyed yields, and a bare yield before an infix operator
--FILE--
<?php
function gen() {
    yield "a" . "b";
    yield "a" or die;
    yield "k" => "a" . "b";
    var_dump([yield "k" => "a" . "b"]);
    yield yield "k1" => yield "k2" => "a" . "b";
    yield yield "k1" => (yield "k2") => "a" . "b";
    var_dump([yield "k1" => (yield "k2") => "a" . "b"]);
    var_dump(yield * -1);
    var_dump(yield . "x");
    var_dump(yield +1);
    var_dump(yield -1);
    $r = yield 2 and 0;
    var_dump($r);
}
$g = gen();
for ($g->rewind(), $i = 1; $g->valid(); $g->send($i), $i++) {
    echo "{$g->key()} => {$g->current()}\n";
}
--EXPECT--
0 => ab
1 => a
k => ab
k => ab
array(1) {
  [0]=>
  int(4)
}
k2 => ab
k1 => 5
2 => 6
3 => k2
k1 => 8
9 => ab
10 => k2
k1 => 11
array(1) {
  [12]=>
  string(2) "ab"
}
11 => 
int(-13)
12 => 
string(3) "14x"
13 => 1
int(15)
14 => -1
int(16)
15 => 2
int(17)
