--TEST--
A by-reference __get() used for a write hands back its reference ($o->a[] = v, $r = &$o->a), a by-value __get still notices
--FILE--
<?php class M { private $d = ['a' => []];
  function &__get($n) { if (!isset($this->d[$n])) $this->d[$n] = null; return $this->d[$n]; }
  function all() { return $this->d; } }
$m = new M; $m->a[] = 1; $m->b['x'] = 2; $m->c = 5; $r = &$m->a; $r[] = 9; echo json_encode($m->all()), "\n";
class V { function __get($n) { return [1]; } }
$v = new V; $v->q[] = 2; var_dump($v->q);
--EXPECTF--
Deprecated: Creation of dynamic property M::$c is deprecated in %s/tests/php/objects/magic_get_by_ref_write.php on line 4
{"a":[1,9],"b":{"x":2}}

Notice: Indirect modification of overloaded property V::$q has no effect in %s/tests/php/objects/magic_get_by_ref_write.php on line 6
array(1) {
  [0]=>
  int(1)
}
