--TEST--
traits: methods, properties, static, abstract, insteadof and as
--FILE--
<?php
trait Hello { public function hello() { return "Hello"; } public static function make() { return new static; } }
trait World { public function world() { return "World"; } public function hello() { return "Hi"; } }
trait Counter { private int $n = 0; public function inc(): int { return ++$this->n; } abstract public function name(): string; }
class Greeter {
    use Hello, World { Hello::hello insteadof World; World::hello as protected hi; world as public planet; }
    use Counter;
    public function name(): string { return "greeter"; }
    public function both() { return $this->hello() . " " . $this->hi() . " " . $this->planet(); }
}
$g = Greeter::make();
echo $g->both(), " ", $g->world(), "\n";
echo $g->inc(), $g->inc(), " ", $g->name(), "\n";
var_dump($g);
print_r(get_class_methods("Greeter"));
try { $g->hi(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
Hello Hi World World
12 greeter
object(Greeter)#1 (1) {
  ["n":"Greeter":private]=>
  int(2)
}
Array
(
    [0] => name
    [1] => both
    [2] => hello
    [3] => make
    [4] => planet
    [5] => world
    [6] => inc
)
Call to protected method Greeter::hi() from global scope
