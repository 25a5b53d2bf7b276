--TEST--
A static method called on an object runs without $this (called class kept)
--FILE--
<?php
class S {
    static function test() { var_dump(isset($this), static::class); }
    function viaThis() { $this->test(); }
}
class T extends S {}
$b = new T();
S::test();
$b->test();
$b->viaThis();
for ($i = 0; $i < 2; $i++) { $b->test(); }
$m = 'test';
$b->$m();
--EXPECT--
bool(false)
string(1) "S"
bool(false)
string(1) "T"
bool(false)
string(1) "T"
bool(false)
string(1) "T"
bool(false)
string(1) "T"
bool(false)
string(1) "T"
