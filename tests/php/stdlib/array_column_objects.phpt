--TEST--
array_column: __toString keys, bools and floats as int keys, objects' visible properties, __isset/__get, int keys as property names, key type errors
--FILE--
<?php
class K { function __toString(): string { return 'name'; } }
class Row {
    public $name, $id;
    private $secret = 's';
    function __construct($id, $name) { $this->id = $id; $this->name = $name; }
}
class Magic {
    function __isset($n) { echo "isset($n) "; return $n === 'name'; }
    function __get($n) { echo "get($n) "; return "magic"; }
}
$o = new stdClass; $o->{0} = 'zero'; $o->{1} = 'one';
$rows = [new Row(1, 'a'), ['id' => 2, 'name' => 'b'], new Magic, $o, new Row(null, 'n')];
var_dump(array_column($rows, new K, 'id'));
var_dump(array_column($rows, 'secret'));
var_dump(array_column($rows, 1));
var_dump(array_column([['a', 'b'], ['c', 'd']], true));
var_dump(array_column([['x' => 1.5, 'v' => 'p']], 'v', 'x'));
foreach ([[], new stdClass] as $bad) {
    try { array_column($rows, $bad); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
try { array_column([['k' => [], 'v' => 1]], 'v', 'k'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
isset(name) get(name) isset(id) array(4) {
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
  [3]=>
  string(5) "magic"
  [""]=>
  string(1) "n"
}
isset(secret) array(0) {
}
isset(1) array(1) {
  [0]=>
  string(3) "one"
}
array(2) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "d"
}

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s/tests/php/stdlib/array_column_objects.php on line 18
array(1) {
  [1]=>
  string(1) "p"
}
array_column(): Argument #2 ($column_key) must be of type string|int|null, array given
array_column(): Argument #2 ($column_key) must be of type string|int|null, stdClass given
Illegal offset type
