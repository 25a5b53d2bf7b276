--TEST--
unserialize: R: shares a reference with the value it names; r: names objects only
--FILE--
<?php
$a = [1, 2];
$a[2] = &$a[0];
$b = unserialize(serialize($a));
var_dump($b);
$b[0] = 'changed';
var_dump($b[2]);

class Pair { public $left; public $right; private $p; }
$p = new Pair;
$p->left = [1];
$p->right = &$p->left;
$q = unserialize(serialize($p));
$q->left[] = 2;
var_dump($q);

$nested = unserialize('a:2:{i:0;a:1:{i:0;i:5;}i:1;R:3;}');
$nested[1] = 6;
var_dump($nested);

$o = new stdClass;
$same = unserialize(serialize([$o, $o]));
var_dump($same[0] === $same[1]);
var_dump(unserialize('a:2:{i:0;i:5;i:1;r:2;}'));
var_dump(unserialize('a:2:{i:0;s:4:"R:1;";i:1;s:1:"x";}'));
?>
--EXPECTF--
array(3) {
  [0]=>
  &int(1)
  [1]=>
  int(2)
  [2]=>
  &int(1)
}
string(7) "changed"
object(Pair)#2 (3) {
  ["left"]=>
  &array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["right"]=>
  &array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["p":"Pair":private]=>
  NULL
}
array(2) {
  [0]=>
  array(1) {
    [0]=>
    &int(6)
  }
  [1]=>
  &int(6)
}
bool(true)

Notice: unserialize(): Error at offset 21 of 22 bytes in %s/tests/php/objects/unserialize_references.php on line 24
bool(false)
array(2) {
  [0]=>
  string(4) "R:1;"
  [1]=>
  string(1) "x"
}
