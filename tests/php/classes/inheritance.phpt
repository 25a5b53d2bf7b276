--TEST--
extends, parent::, method overriding, protected access, abstract classes
--FILE--
<?php
abstract class Shape {
    protected string $name;
    public function __construct(string $name) { $this->name = $name; }
    abstract public function area(): float;
    public function describe(): string { return sprintf("%s with area %.2f", $this->name, $this->area()); }
}
class Circle extends Shape {
    public function __construct(private float $r) { parent::__construct("circle"); }
    public function area(): float { return M_PI * $this->r ** 2; }
}
class Square extends Shape {
    public function __construct(private float $s) { parent::__construct("square"); }
    public function area(): float { return $this->s * $this->s; }
    public function describe(): string { return "A " . parent::describe(); }
}
foreach ([new Circle(1), new Square(2)] as $s) echo $s->describe(), "\n";
try { new Shape("x"); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(new Circle(2));
echo get_class(new Square(1)), " ", get_parent_class(new Square(1)), "\n";
--EXPECT--
circle with area 3.14
A square with area 4.00
Cannot instantiate abstract class Shape
object(Circle)#3 (2) {
  ["name":protected]=>
  string(6) "circle"
  ["r":"Circle":private]=>
  float(2)
}
Square Shape
