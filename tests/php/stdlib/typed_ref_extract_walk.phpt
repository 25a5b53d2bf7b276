--TEST--
extract() and array_walk() on an object write through references bound to typed properties with their checks
--FILE--
<?php
class Test {
    public int $i = 0;
    public string $s = "";
    public ?float $f = null;
    private array $p = [1];
}
$test = new Test;
$i =& $test->i;
$s =& $test->s;
try {
    extract(['i' => 'foo', 's' => 42]);
} catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($test->i, $test->s);
var_dump(extract(['i' => '12', 's' => 7]), $test->i, $test->s);

$t = new Test;
try {
    array_walk($t, function (&$ref, $k) { echo json_encode($k), "\n"; $ref = []; });
} catch (TypeError $e) { echo $e->getMessage(), "\n"; }
array_walk($t, function (&$ref, $k) { if (is_int($ref)) $ref = "5"; if ($ref === null) $ref = 2; });
var_dump($t);
$o = new stdClass;
$o->a = 1;
$o->b = 2;
array_walk($o, function (&$v, $k, $m) { $v *= $m; }, 10);
var_dump($o);
--EXPECT--
Cannot assign string to reference held by property Test::$i of type int
int(0)
string(0) ""
int(2)
int(12)
string(1) "7"
"i"
Cannot assign array to reference held by property Test::$i of type int
object(Test)#3 (4) {
  ["i"]=>
  int(5)
  ["s"]=>
  string(0) ""
  ["f"]=>
  float(2)
  ["p":"Test":private]=>
  array(1) {
    [0]=>
    int(1)
  }
}
object(stdClass)#2 (2) {
  ["a"]=>
  int(10)
  ["b"]=>
  int(20)
}
