--TEST--
arrays: element reads, isset and writes through a reference (by-reference parameters, global, reference variables) separate shared arrays as PHP does
--FILE--
<?php
function fill(&$a, $n) {
    for ($i = 0; $i < $n; $i++) { $a[$i] = $i * 2; }
    $a[] = 'end';
    $sum = 0;
    for ($i = 0; $i < $n; $i++) { if (isset($a[$i])) { $sum += $a[$i]; } }
    return $sum;
}
$x = [10 => 'keep'];
$copy = $x;
echo fill($x, 5), "\n";
var_dump($x, $copy);

function swap(&$ra, $i, $j) { $t = $ra[$i]; $ra[$i] = $ra[$j]; $ra[$j] = $t; }
$list = [3, 1, 2];
$alias = $list;
swap($list, 0, 2);
echo implode(',', $list), ' ', implode(',', $alias), "\n";

$g = ['a' => 1];
function viaGlobal() { global $g; $g['b'] = $g['a'] + 1; return isset($g['c']) ? 'c' : 'no c'; }
echo viaGlobal(), ' ', json_encode($g), "\n";

$base = [1, 2];
$r = &$base;
$r[5] = 'x';
$snapshot = $base;
$r[0] = 'changed';
var_dump($base, $snapshot, $r[1] ?? null);

class Box { public array $items = []; public ?array $maybe = null; }
$box = new Box;
$ref = &$box->items;
$ref[] = 'typed ok';
$ref['k'] = 2;
var_dump($box->items);
$m = &$box->maybe;
$m[] = 'from null';
var_dump($box->maybe);
$notArray = 5;
$nr = &$notArray;
try { $nr[1] = 2; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
echo @$nr[3] ?? 'none', "\n";
$s = 'abc';
$sr = &$s;
echo $sr[1], "\n";
--EXPECT--
20
array(7) {
  [10]=>
  string(4) "keep"
  [0]=>
  int(0)
  [1]=>
  int(2)
  [2]=>
  int(4)
  [3]=>
  int(6)
  [4]=>
  int(8)
  [11]=>
  string(3) "end"
}
array(1) {
  [10]=>
  string(4) "keep"
}
2,1,3 3,1,2
no c {"a":1,"b":2}
array(3) {
  [0]=>
  string(7) "changed"
  [1]=>
  int(2)
  [5]=>
  string(1) "x"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [5]=>
  string(1) "x"
}
int(2)
array(2) {
  [0]=>
  string(8) "typed ok"
  ["k"]=>
  int(2)
}
array(1) {
  [0]=>
  string(9) "from null"
}
Error: Cannot use a scalar value as an array
none
b
