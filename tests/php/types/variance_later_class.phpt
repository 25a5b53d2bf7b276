--TEST--
A child whose signatures name a class declared later is declared where it stands; one whose types match its parent's by name is usable before its declaration
--FILE--
<?php
var_dump(new Early instanceof Base);
var_dump(class_exists('Late', false));
class Base {
    public function make(): Base { return $this; }
    public function same(Base $b): Base { return $b; }
}
class Early extends Base {
    public function same(Base $b): Base { return $b; }
}
class Late extends Base {
    public function make(): Later { return new Later; }
}
class Later extends Base {}
var_dump(class_exists('Late', false));
echo get_class((new Late)->make()), "\n";
--EXPECT--
bool(true)
bool(false)
bool(true)
Later
