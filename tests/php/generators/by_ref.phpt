--TEST--
Generators: function &gen() yields references, foreach by reference
--FILE--
<?php
function &refs(array &$arr) {
    foreach ($arr as $k => &$v) {
        yield $k => $v;
    }
}
$data = [1, 2, 3];
foreach (refs($data) as $k => &$v) {
    $v *= 10;
}
unset($v);
var_dump($data);

function &counter() {
    $value = 1;
    while ($value < 5) {
        yield $value;
        echo "value is now $value\n";
    }
}
foreach (counter() as &$n) {
    $n++;
}
unset($n);
function &consts() { yield 1; }
foreach (consts() as &$c) { var_dump($c); }
unset($c);
function &by_value_source() { $x = 5; yield $x; echo "x=$x\n"; }
foreach (by_value_source() as $v) { $v = 6; }
--EXPECTF--
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(30)
}
value is now 2
value is now 3
value is now 4
value is now 5

Notice: Only variable references should be yielded by reference in %s/tests/php/generators/by_ref.php on line 25
int(1)
x=5
