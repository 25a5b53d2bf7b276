--TEST--
A user &offsetGet() hands its reference to writes through the element ($b[k][] = v, $b[k]++), a by-value offsetGet still notices
--FILE--
<?php class Bag implements ArrayAccess { private $d = [];
  function &offsetGet($k): mixed { if (!isset($this->d[$k])) $this->d[$k] = null; return $this->d[$k]; }
  function offsetSet($k, $v): void { $this->d[$k] = $v; } function offsetExists($k): bool { return isset($this->d[$k]); }
  function offsetUnset($k): void {} function all() { return $this->d; } }
$b = new Bag; $b['list'][] = 'a'; $b['n'] = 5; $b['n']++; $b['m']['x']['y'] = 1; echo json_encode($b->all()), "\n";
class Plain implements ArrayAccess { private $d = ['a' => [1]];
  function offsetGet($k): mixed { return $this->d[$k]; }
  function offsetSet($k, $v): void { $this->d[$k] = $v; } function offsetExists($k): bool { return true; }
  function offsetUnset($k): void {} }
$p = new Plain; $p['a'][] = 2; var_dump($p['a']);
function &r() { static $x = 1; return $x; } $y = &r(); $y++; echo r(), "\n";
--EXPECTF--
{"list":["a"],"n":6,"m":{"x":{"y":1}}}

Notice: Indirect modification of overloaded element of Plain has no effect in %s/tests/php/objects/offsetget_by_ref_write.php on line 10
array(1) {
  [0]=>
  int(1)
}
2
