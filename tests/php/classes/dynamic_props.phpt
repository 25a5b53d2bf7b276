--TEST--
dynamic properties, stdClass, object casts, deprecation
--FILE--
<?php
class Plain {}
$p = new Plain;
$p->x = 1;
echo $p->x, "\n";
$o = new stdClass;
$o->a = 1; $o->{"b c"} = 2;
var_dump($o, (array) $o, (object) ["k" => "v", 3 => "three"]);
$arr = (array) new class { public $pub = 1; protected $prot = 2; private $priv = 3; };
var_dump(count($arr));
echo json_encode($o), "\n";
var_dump(isset($o->a), isset($o->zz), property_exists($o, "a"));
unset($o->a);
var_dump($o);
--EXPECTF--
Deprecated: Creation of dynamic property Plain::$x is deprecated in %s/tests/php/classes/dynamic_props.php on line 4
1
object(stdClass)#2 (2) {
  ["a"]=>
  int(1)
  ["b c"]=>
  int(2)
}
array(2) {
  ["a"]=>
  int(1)
  ["b c"]=>
  int(2)
}
object(stdClass)#3 (2) {
  ["k"]=>
  string(1) "v"
  ["3"]=>
  string(5) "three"
}
int(3)
{"a":1,"b c":2}
bool(true)
bool(false)
bool(true)
object(stdClass)#2 (1) {
  ["b c"]=>
  int(2)
}
