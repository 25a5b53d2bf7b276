--TEST--
an int default of a property typed float (not int) is stored as a float, as for parameters
--FILE--
<?php
class P {
    public float $f = 2;
    public ?float $n = 3;
    public int|float $both = 4;
    public static float $s = 5;
    public float|string $u = 6;
}
var_dump(new P, P::$s);
function f(float $x = 7) { var_dump($x); }
f();
--EXPECT--
object(P)#1 (4) {
  ["f"]=>
  float(2)
  ["n"]=>
  float(3)
  ["both"]=>
  int(4)
  ["u"]=>
  float(6)
}
float(5)
float(7)
