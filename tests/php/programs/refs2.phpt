--TEST--
program: references inside arrays and objects: foreach by reference, aliasing, by-ref functions and closures
--FILE--
<?php
// References inside arrays and objects: aliasing, foreach by reference, reference counting surprises
$a = [1, 2, 3];
foreach ($a as &$v) { $v *= 10; }
foreach ($a as $v) {}
print_r($a);
unset($v);
$b = [1, 2, 3];
foreach ($b as &$v) {} unset($v);
foreach ($b as $k => $v) { if ($k === 0) { $b[] = 4; } echo $v; }
echo ' ', count($b), "\n";
$c = [1, 2, 3];
foreach ($c as $k => &$v) { if ($k === 0) { $c[] = 4; } echo $v; }
unset($v);
echo ' ', count($c), "\n";

$x = 1; $arr = [&$x, $x]; $x = 5; var_dump($arr);
$copy = $arr; $copy[0] = 99; echo "x=$x\n";
$m = ['k' => ['n' => 1]]; $ref = &$m['k']['n']; $clone = $m; $ref = 2; echo $clone['k']['n'], ' ', $m['k']['n'], "\n";
unset($ref); $clone2 = $m; $m['k']['n'] = 3; echo $clone2['k']['n'], "\n";

function addItem(array &$list, string $item): int { $list[] = $item; return count($list); }
$list = []; addItem($list, 'a'); echo addItem($list, 'b'), ' ', implode(',', $list), "\n";
function &getRef(array &$arr, string $k) { if (!isset($arr[$k])) $arr[$k] = 0; return $arr[$k]; }
$counts = []; $r = &getRef($counts, 'x'); $r += 5; $r2 = &getRef($counts, 'x'); $r2++; print_r($counts);
$noRef = getRef($counts, 'y'); $noRef = 100; print_r($counts);

class Node { public array $children = []; public function __construct(public string $name, public ?Node $parent = null) {} }
$root = new Node('root'); $n = $root;
foreach (['a', 'b', 'c'] as $name) { $child = new Node($name, $n); $n->children[] = $child; $n = $child; }
$path = []; for ($p = $n; $p; $p = $p->parent) $path[] = $p->name; echo implode(' <- ', $path), "\n";
$o = new stdClass; $o->list = [1, 2]; $l = &$o->list; $l[] = 3; echo json_encode($o), "\n";
$o2 = clone $o; $l[] = 4; echo json_encode($o2), ' ', json_encode($o), "\n";
unset($l);
$objs = [new stdClass, new stdClass]; foreach ($objs as $i => $ob) { $ob->i = $i; } echo json_encode($objs), "\n";

$matrix = [[1, 2], [3, 4]];
foreach ($matrix as &$row) foreach ($row as &$cell) $cell *= $cell;
unset($row, $cell);
echo json_encode($matrix), "\n";
$data = ['b' => 2, 'a' => 1];
$sorted = &$data; ksort($sorted); echo json_encode($data), "\n";
$arr2 = [3, 1, 2]; $alias = &$arr2; $alias2 = $arr2; sort($alias2); echo json_encode([$arr2, $alias2]), "\n";
function modify(array $a) { $a[0] = 'changed'; return $a; }
$orig = ['o']; $refd = &$orig[0]; $res = modify($orig); echo $orig[0], ' ', $res[0], "\n";
unset($refd);
$config = ['db' => ['host' => 'x']];
$h = &$config['db']['host']; $h = 'localhost'; $new = &$config['cache']['ttl']; var_dump($config);
$swap = function (&$a, &$b) { [$a, $b] = [$b, $a]; }; $p = 1; $q = 2; $swap($p, $q); echo "$p $q\n";
$vals = [1, 2, 3]; array_walk($vals, function (&$v, $k, $mul) { $v = $v * $mul + $k; }, 10); echo implode(',', $vals), "\n";
$nested = ['a' => ['b' => 1]]; array_walk_recursive($nested, function (&$v) { $v++; }); echo json_encode($nested), "\n";
$ctr = 0; $inc = function () use (&$ctr) { return ++$ctr; }; $inc(); $inc(); echo $ctr, "\n";
$byVal = function () use ($ctr) { return $ctr; }; $ctr = 100; echo $byVal(), "\n";
$fns = []; for ($i = 0; $i < 3; $i++) { $fns[] = function () use ($i) { return $i; }; } echo implode(',', array_map(fn($f) => $f(), $fns)), "\n";
$fns = []; for ($i = 0; $i < 3; $i++) { $fns[] = function () use (&$i) { return $i; }; } echo implode(',', array_map(fn($f) => $f(), $fns)), "\n";
$s = 'abc'; $sr = &$s; $sr[0] = 'X'; echo $s, "\n";
$g = ['x' => 1]; $gg = &$g['x']; unset($g['x']); var_dump($g, $gg);
$list2 = [1, 2, 3]; foreach ($list2 as $k => &$v2) { if ($v2 === 2) unset($list2[$k]); } unset($v2); var_dump($list2);
$st = new SplObjectStorage(); $key = new stdClass; $st[$key] = ['n' => 1]; $tmp = $st[$key]; $tmp['n'] = 2; echo $st[$key]['n'], "\n";
$ao = new ArrayObject(['a' => [1]]); $ao['a'][] = 2; echo json_encode($ao->getArrayCopy()), "\n";
$refArr = [1, 2]; $r0 = &$refArr[0]; var_dump($refArr); debug_zval_refcount_free: echo "done\n";

--EXPECT--
Array
(
    [0] => 10
    [1] => 20
    [2] => 20
)
123 4
1234 4
array(2) {
  [0]=>
  &int(5)
  [1]=>
  int(1)
}
x=99
2 2
2
2 a,b
Array
(
    [x] => 6
)
Array
(
    [x] => 6
    [y] => 0
)
c <- b <- a <- root
{"list":[1,2,3]}
{"list":[1,2,3,4]} {"list":[1,2,3,4]}
[{"i":0},{"i":1}]
[[1,4],[9,16]]
{"a":1,"b":2}
[[3,1,2],[1,2,3]]
changed changed
array(2) {
  ["db"]=>
  array(1) {
    ["host"]=>
    &string(9) "localhost"
  }
  ["cache"]=>
  array(1) {
    ["ttl"]=>
    &NULL
  }
}
2 1
10,21,32
{"a":{"b":2}}
2
2
0,1,2
3,3,3
Xbc
array(0) {
}
int(1)
array(2) {
  [0]=>
  int(1)
  [2]=>
  int(3)
}
1
{"a":[1,2]}
array(2) {
  [0]=>
  &int(1)
  [1]=>
  int(2)
}
done
