--TEST--
class declaration, new, properties, methods, $this
--FILE--
<?php
class Point {
    public $x = 0;
    public $y = 0;
    public function __construct($x, $y) { $this->x = $x; $this->y = $y; }
    public function add(Point $o): Point { return new Point($this->x + $o->x, $this->y + $o->y); }
    public function __toString(): string { return "($this->x, $this->y)"; }
}
$p = new Point(1, 2);
$q = $p->add(new Point(3, 4));
echo $q, "\n";
echo $q->x + $q->y, "\n";
var_dump($p);
print_r($q); echo "\n";
var_export($p); echo "\n";
var_dump($p instanceof Point, $p == new Point(1, 2), $p === $p, $p == $q);
--EXPECT--
(4, 6)
10
object(Point)#1 (2) {
  ["x"]=>
  int(1)
  ["y"]=>
  int(2)
}
Point Object
(
    [x] => 4
    [y] => 6
)

\Point::__set_state(array(
   'x' => 1,
   'y' => 2,
))
bool(true)
bool(true)
bool(true)
bool(false)
