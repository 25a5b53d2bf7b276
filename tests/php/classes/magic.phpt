--TEST--
magic methods: __get/__set/__isset/__unset, __call/__callStatic, __invoke, __toString
--FILE--
<?php
class Bag {
    private array $data = [];
    public function __get($n) { echo "get $n\n"; return $this->data[$n] ?? null; }
    public function __set($n, $v) { echo "set $n\n"; $this->data[$n] = $v; }
    public function __isset($n) { echo "isset $n\n"; return isset($this->data[$n]); }
    public function __unset($n) { echo "unset $n\n"; unset($this->data[$n]); }
    public function __call($m, $a) { return "$m(" . implode(",", $a) . ")"; }
    public static function __callStatic($m, $a) { return "static $m(" . count($a) . ")"; }
    public function __invoke($x) { return $x * 2; }
    public function __toString(): string { return "Bag(" . count($this->data) . ")"; }
}
$b = new Bag;
$b->color = "red";
echo $b->color, "\n";
var_dump(isset($b->color), isset($b->size), empty($b->color));
unset($b->color);
var_dump(isset($b->color));
echo $b->doThing(1, 2, 3), "\n", Bag::make("a"), "\n", $b(21), "\n", $b, "\n";
echo "str: " . $b . "\n";
var_dump(is_callable($b), (string) $b);
--EXPECT--
set color
get color
red
isset color
isset size
isset color
get color
bool(true)
bool(false)
bool(false)
unset color
isset color
bool(false)
doThing(1,2,3)
static make(1)
42
Bag(0)
str: Bag(0)
bool(true)
string(6) "Bag(0)"
