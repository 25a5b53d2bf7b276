--TEST--
$o[$k][...] = v writes through into ArrayObject and WeakMap elements; other ArrayAccess objects notice
--FILE--
<?php
$ao = new ArrayObject(['a' => ['x' => 1]]);
$ao['a']['x']++;
$ao['b'][] = 5;
$c = $ao->getArrayCopy();
$c['a']['x'] = 99;
$e = clone $ao;
$e['a']['x'] = 7;
echo $ao['a']['x'], $e['a']['x'], "\n";
print_r($ao->getArrayCopy());
$w = new WeakMap;
$k = new stdClass;
$w[$k] = ['n' => 1];
$w[$k]['n']++;
$w[$k]['m'][] = 3;
$copy = $w[$k];
$copy['n'] = 0;
var_dump($w[$k]);
try {
    $w[new stdClass]['x'] = 1;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
$s = new SplObjectStorage;
$s[$k] = [1];
$s[$k][] = 2;
var_dump($s[$k]);
class Bag extends ArrayObject {
    public function offsetGet(mixed $key): mixed { return parent::offsetGet($key); }
}
$b = new Bag(['l' => []]);
$b['l'][] = 1;
var_dump(count($b['l']));
--EXPECTF--
27
Array
(
    [a] => Array
        (
            [x] => 2
        )

    [b] => Array
        (
            [0] => 5
        )

)
array(2) {
  ["n"]=>
  int(2)
  ["m"]=>
  array(1) {
    [0]=>
    int(3)
  }
}
Object stdClass#5 not contained in WeakMap

Notice: Indirect modification of overloaded element of SplObjectStorage has no effect in %s/tests/php/spl/nested_dim_write.php on line 26
array(1) {
  [0]=>
  int(1)
}

Notice: Indirect modification of overloaded element of Bag has no effect in %s/tests/php/spl/nested_dim_write.php on line 32
int(0)
