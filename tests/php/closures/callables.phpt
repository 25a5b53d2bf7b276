--TEST--
callable forms: strings, 'A::m', arrays, is_callable
--FILE--
<?php
class K {
    public static function st($x = 'none') { return "K::st($x)"; }
    public function inst($x = 'none') { return "K->inst($x)"; }
    private function hidden() {}
    public function __call($n, $a) { return "__call $n"; }
}
$k = new K;
echo call_user_func('K::st', 1), "\n";
echo call_user_func(['K', 'st'], 2), "\n";
echo call_user_func([$k, 'inst'], 3), "\n";
echo call_user_func([$k, 'magic']), "\n";
echo call_user_func_array([new K, 'inst'], ['x' => 'named']), "\n";
$cb = [$k, 'inst'];
echo $cb(4), "\n";
$cb = 'K::st';
echo $cb(5), "\n";
foreach (['strlen', 'K::st', ['K', 'st'], [$k, 'inst'], [$k, 'hidden'], [$k, 'whatever'], 'nope', 'K::nope', ['K'], [1, 2], 42, fn() => 1] as $c) {
    var_dump(is_callable($c, false, $name), $name);
}
var_dump(is_callable('nope', true), is_callable('K::nope', true), is_callable([1, 2], true), is_callable(['a', 'b'], true));
--EXPECT--
K::st(1)
K::st(2)
K->inst(3)
__call magic
K->inst(named)
K->inst(4)
K::st(5)
bool(true)
string(6) "strlen"
bool(true)
string(5) "K::st"
bool(true)
string(5) "K::st"
bool(true)
string(7) "K::inst"
bool(true)
string(9) "K::hidden"
bool(true)
string(11) "K::whatever"
bool(false)
string(4) "nope"
bool(false)
string(7) "K::nope"
bool(false)
string(5) "Array"
bool(false)
string(5) "Array"
bool(false)
string(2) "42"
bool(true)
string(17) "Closure::__invoke"
bool(true)
bool(true)
bool(false)
bool(true)
