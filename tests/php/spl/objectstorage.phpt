--TEST--
SplObjectStorage: attach, info, iteration, getHash, serialization
--FILE--
<?php
$s = new SplObjectStorage; $a = new stdClass;
foreach ([fn()=>$s[$a], fn()=>$s->attach(1), fn()=>$s->current(), fn()=>$s->getInfo(), fn()=>$s->key(), fn()=>$s->offsetExists(1), fn()=>$s->addAll(new ArrayObject)] as $f) {
  try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$s[$a] = 1; $s->attach(new stdClass, [2]);
foreach ($s as $i => $o) { var_dump($i, $s->getInfo()); $s->setInfo("x$i"); }
foreach ($s as $i => $o) { var_dump($s[$o]); }
var_dump(count($s), $s->contains($a), isset($s[$a]));
$t = new SplObjectStorage; $t->addAll($s); var_dump($t->count()); var_dump($t->removeAll($s)); 
echo $s->serialize(), "\n";
$u = unserialize(serialize($s)); var_dump($u);
class MyS extends SplObjectStorage { public $p = 1; function getHash($o): string { return get_class($o); } }
$m = new MyS; $m->attach(new stdClass); $m->attach(new stdClass); $m->attach(new ArrayObject); var_dump(count($m)); echo serialize($m), "\n";
var_dump($m);

--EXPECT--
UnexpectedValueException: Object not found
TypeError: SplObjectStorage::attach(): Argument #1 ($object) must be of type object, int given
RuntimeException: Called current() on invalid iterator
NULL
int(0)
TypeError: SplObjectStorage::offsetExists(): Argument #1 ($object) must be of type object, int given
TypeError: SplObjectStorage::addAll(): Argument #1 ($storage) must be of type SplObjectStorage, ArrayObject given
int(0)
int(1)
int(1)
array(1) {
  [0]=>
  int(2)
}
string(2) "x0"
string(2) "x1"
int(2)
bool(true)
bool(true)
int(2)
int(0)
x:i:2;O:8:"stdClass":0:{},s:2:"x0";;O:8:"stdClass":0:{},s:2:"x1";;m:a:0:{}
object(SplObjectStorage)#6 (1) {
  ["storage":"SplObjectStorage":private]=>
  array(2) {
    [0]=>
    array(2) {
      ["obj"]=>
      object(stdClass)#5 (0) {
      }
      ["inf"]=>
      string(2) "x0"
    }
    [1]=>
    array(2) {
      ["obj"]=>
      object(stdClass)#4 (0) {
      }
      ["inf"]=>
      string(2) "x1"
    }
  }
}
int(2)
O:3:"MyS":2:{i:0;a:4:{i:0;O:8:"stdClass":0:{}i:1;N;i:2;O:11:"ArrayObject":4:{i:0;i:0;i:1;a:0:{}i:2;a:0:{}i:3;N;}i:3;N;}i:1;a:1:{s:1:"p";i:1;}}
object(MyS)#3 (2) {
  ["p"]=>
  int(1)
  ["storage":"SplObjectStorage":private]=>
  array(2) {
    [0]=>
    array(2) {
      ["obj"]=>
      object(stdClass)#11 (0) {
      }
      ["inf"]=>
      NULL
    }
    [1]=>
    array(2) {
      ["obj"]=>
      object(ArrayObject)#13 (1) {
        ["storage":"ArrayObject":private]=>
        array(0) {
        }
      }
      ["inf"]=>
      NULL
    }
  }
}
