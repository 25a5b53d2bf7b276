--TEST--
Compound assignment to an ArrayAccess element ($o[k] .= v, $o[k] += v, $o[] .= v, $this[k] op= v): offsetGet, the operation, offsetSet
--FILE--
<?php
class D implements ArrayAccess {
    public array $data = ['c' => 'x', 'n' => 1];
    function offsetExists($o): bool { echo "exists $o\n"; return isset($this->data[$o]); }
    function offsetGet($o): mixed { echo "get ", var_export($o, true), "\n"; return $this->data[$o] ?? null; }
    function offsetSet($o, $v): void { echo "set ", var_export($o, true), " ", var_export($v, true), "\n"; if ($o !== null) { $this->data[$o] = $v; } }
    function offsetUnset($o): void { echo "unset $o\n"; }
    function inside() { $this['n'] *= 10; $this['c'] .= '!'; return $this['n'] -= 1; }
}
$o = new D;
$o['c'] .= 'y';
$o['n'] += 2;
var_dump($o['n'] <<= 1);
$o[] .= 'z';
var_dump($o->inside());
var_dump($o->data);
$a = new ArrayObject(['s' => 'a', 'i' => 5]);
$a['s'] .= 'b';
$a['i'] **= 2;
var_dump($a->getArrayCopy());
try {
    $o['c'] -= 1;
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
get 'c'
set 'c' 'xy'
get 'n'
set 'n' 3
get 'n'
set 'n' 6
int(6)
get NULL
set NULL 'z'
get 'n'
set 'n' 60
get 'c'
set 'c' 'xy!'
get 'n'
set 'n' 59
int(59)
array(2) {
  ["c"]=>
  string(3) "xy!"
  ["n"]=>
  int(59)
}
array(2) {
  ["s"]=>
  string(2) "ab"
  ["i"]=>
  int(25)
}
get 'c'
TypeError: Unsupported operand types: string - int
