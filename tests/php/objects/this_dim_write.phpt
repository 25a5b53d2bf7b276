--TEST--
Writes through $this as an array (ArrayAccess): $this[k] = v, $this[] = v, unset, compound assignment
--FILE--
<?php
class D implements ArrayAccess {
    public function offsetExists(mixed $o): bool { return false; }
    public function offsetGet(mixed $o): mixed { return 1; }
    public function offsetSet(mixed $o, mixed $v): void { echo "set $o\n"; }
    public function offsetUnset(mixed $o): void { echo "unset $o\n"; }
    public function a() { $this['lit'] = 1; }
    public function b() { $this[] = 1; }
    public function c() { $r = ($this['x'] = 5); var_dump($r); }
    public function d() { unset($this['u']); }
    public function e() { echo $this['g'], "\n"; }
    public function f() { $this['op'] .= 'x'; }
}
$d = new D; $d->a(); $d->b(); $d->c(); $d->d(); $d->e(); $d->f();

class Bag extends ArrayObject { public function __construct(array $items) { foreach ($items as $k => $v) { $this[$k] = $v; } } }
echo count(new Bag(['a' => 1, 'b' => 2])), "\n";
--EXPECT--
set lit
set 
set x
int(5)
unset u
1
set op
2
