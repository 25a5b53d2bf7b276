--TEST--
$r = &$a['x']['y'] makes only the innermost element a reference: copies of $a do not share $a['x']
--FILE--
<?php
$a = ['x' => ['y' => ['z' => 1]]];
$r = &$a['x']['y'];
$r['z'] = 2;
var_dump($a);
$copy = $a;
$copy['x']['q'] = 5;
$copy['x']['y']['z'] = 7;
echo json_encode($a), ' ', json_encode($copy), "\n";
unset($r);
$copy2 = $a;
$copy2['x']['y']['z'] = 9;
echo json_encode($a), ' ', json_encode($copy2), "\n";
function f() { $a = ['x' => ['y' => 1]]; $r = &$a['x']['y']; $b = $a; $b['x']['q'] = 2; echo json_encode($a), "\n"; }
f();
--EXPECT--
array(1) {
  ["x"]=>
  array(1) {
    ["y"]=>
    &array(1) {
      ["z"]=>
      int(2)
    }
  }
}
{"x":{"y":{"z":7}}} {"x":{"y":{"z":7},"q":5}}
{"x":{"y":{"z":9}}} {"x":{"y":{"z":9}}}
{"x":{"y":1}}
