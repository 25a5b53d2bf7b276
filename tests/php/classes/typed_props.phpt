--TEST--
typed properties: coercion, TypeError, uninitialized, readonly, nullable
--FILE--
<?php
class T {
    public int $i = 0;
    public ?string $s = null;
    public float $f = 0.0;
    public array $a = [];
    public int $uninit;
    public function __construct(public readonly int $ro = 7) {}
}
$t = new T;
$t->i = "42"; $t->f = 3; $t->s = 12;
var_dump($t->i, $t->f, $t->s);
foreach (["\$t->i = \"abc\";", "\$t->a = 1;", "echo \$t->uninit;", "\$t->ro = 1;", "\$t->s = [];", "\$t->i = null;"] as $code) {
    try { eval($code); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump($t);
$t->uninit = 5; echo $t->uninit, "\n";
--EXPECT--
int(42)
float(3)
string(2) "12"
TypeError: Cannot assign string to property T::$i of type int
TypeError: Cannot assign int to property T::$a of type array
Error: Typed property T::$uninit must not be accessed before initialization
Error: Cannot modify readonly property T::$ro
TypeError: Cannot assign array to property T::$s of type ?string
TypeError: Cannot assign null to property T::$i of type int
object(T)#1 (5) {
  ["i"]=>
  int(42)
  ["s"]=>
  string(2) "12"
  ["f"]=>
  float(3)
  ["a"]=>
  array(0) {
  }
  ["uninit"]=>
  uninitialized(int)
  ["ro"]=>
  int(7)
}
5
