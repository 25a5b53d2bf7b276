--TEST--
Property names computed at run time (a TMP operand) in assignments, compound assignments and ++
--FILE--
<?php
$o = new stdClass; $n = 'p';
$o->{$n . 'q'} = 5;
$name = 'val'; $k = 'name';
$o->{$$k} = 6;
$o->${'name'} = 7;
$o->{$n . 'q'} .= 'x';
$o->{$n . 'q'}++;
$o->{'z' . $n} ??= 'dflt';
var_dump($o);
class C { public int $pq = 1; }
$c = new C;
$c->{$n . 'q'} += 41;
var_dump($c->{$n . 'q'}++, $c);
?>
--EXPECT--
object(stdClass)#1 (3) {
  ["pq"]=>
  string(2) "5y"
  ["val"]=>
  int(7)
  ["zp"]=>
  string(4) "dflt"
}
int(42)
object(C)#2 (1) {
  ["pq"]=>
  int(43)
}
