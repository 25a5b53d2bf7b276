--TEST--
first-class callable syntax on methods, statics, __call, closures and strings
--FILE--
<?php
class Greeter {
    public function __construct(private string $who) {}
    public function hello(string $greeting = "Hello") { return "$greeting, {$this->who}"; }
    public static function make(string $who) { return new static($who); }
    public function __call($name, $args) { return "$name(" . implode(",", $args) . ")"; }
    public static function __callStatic($name, $args) { return "static $name(" . implode(",", $args) . ")"; }
}
$g = new Greeter("World");
$h = $g->hello(...);
echo $h(), " / ", $h("Hi"), " / ", $h(greeting: "Hey"), "\n";
$m = Greeter::make(...);
echo $m("Bob")->hello(), "\n";
$magic = $g->anything(...);
echo $magic(1, 2), "\n";
$smagic = Greeter::other(...);
echo $smagic(3), "\n";
$c = fn($x) => $x * 2;
$c2 = $c(...);
var_dump($c2 === $c, $c2(21));
$s = 'strtoupper';
echo $s(...)("abc"), "\n";
$arr = [$g, 'hello'];
echo $arr(...)("Yo"), "\n";
echo array_map(Greeter::make(...), ["a", "b"])[1]->hello(...)(), "\n";
--EXPECT--
Hello, World / Hi, World / Hey, World
Hello, Bob
anything(1,2)
static other(3)
bool(true)
int(42)
ABC
Yo, World
Hello, b
