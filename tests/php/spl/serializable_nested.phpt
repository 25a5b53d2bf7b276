--TEST--
serialize()/unserialize() inside Serializable methods share the outer numbering
--FILE--
<?php
class Box implements Serializable {
  public $o;
  function serialize() { return serialize($this->o); }
  function unserialize($d) { $this->o = unserialize($d); }
}
$x = new stdClass; $b = new Box; $b->o = $x;
echo $s = serialize([$x, $b]), "\n";
$u = unserialize($s); var_dump($u[0] === $u[1]->o);

--EXPECTF--
Deprecated: Box implements the Serializable interface, which is deprecated. Implement __serialize() and __unserialize() instead (or in addition, if support for old PHP versions is necessary) in %s/tests/php/spl/serializable_nested.php on line 2
a:2:{i:0;O:8:"stdClass":0:{}i:1;C:3:"Box":4:{r:2;}}
bool(true)
