--TEST--
debug_zval_dump: reference counts of strings, arrays, objects and resources; references as blocks
--FILE--
<?php
$a = [1, "x" . rand(1, 1), [2.5, true, null]];
debug_zval_dump($a);
$b = $a;
debug_zval_dump($a);
$s = str_repeat("ab", 2);
debug_zval_dump($s, 3, 1.5);
$r = [1, str_repeat("c", 3)];
$r[2] = &$r[0];
$r[3] = &$r[1];
debug_zval_dump($r);
class P { public $a = 1; protected $b; private $c; function __construct() { $this->c = str_repeat("z", 2); } }
$o = new P;
$o2 = $o;
debug_zval_dump($o);
$h = fopen('php://memory', 'r');
debug_zval_dump($h);
$self = [1];
$self[] = &$self;
debug_zval_dump($self);
--EXPECT--
array(3) refcount(2){
  [0]=>
  int(1)
  [1]=>
  string(2) "x1" refcount(1)
  [2]=>
  array(3) refcount(2){
    [0]=>
    float(2.5)
    [1]=>
    bool(true)
    [2]=>
    NULL
  }
}
array(3) refcount(3){
  [0]=>
  int(1)
  [1]=>
  string(2) "x1" refcount(1)
  [2]=>
  array(3) refcount(2){
    [0]=>
    float(2.5)
    [1]=>
    bool(true)
    [2]=>
    NULL
  }
}
string(4) "abab" refcount(2)
int(3)
float(1.5)
array(4) refcount(2){
  [0]=>
  reference refcount(2) {
    int(1)
  }
  [1]=>
  reference refcount(2) {
    string(3) "ccc" refcount(1)
  }
  [2]=>
  reference refcount(2) {
    int(1)
  }
  [3]=>
  reference refcount(2) {
    string(3) "ccc" refcount(1)
  }
}
object(P)#1 (3) refcount(3){
  ["a"]=>
  int(1)
  ["b":protected]=>
  NULL
  ["c":"P":private]=>
  string(2) "zz" refcount(1)
}
resource(5) of type (stream) refcount(2)
array(2) refcount(2){
  [0]=>
  int(1)
  [1]=>
  reference refcount(2) {
    *RECURSION*
  }
}
