--TEST--
parent::m() / A::m() naming a method the scope cannot access goes to __call when $this is an instance, else to __callStatic
--FILE--
<?php
class A {
    function __call($m, $a) { return "__call($m)"; }
    static function __callStatic($m, $a) { return "__callStatic($m)"; }
    private function secret() { return 'secret'; }
    protected function prot() { return 'prot'; }
}
class B extends A {
    function t() { return [parent::secret(), A::secret(), parent::prot(), parent::missing()]; }
    static function s() { return [parent::secret(), A::missing()]; }
}
class C {
    function t() { return A::prot(); }
}
print_r((new B)->t());
print_r(B::s());
echo A::secret(), "\n";
echo (new C)->t(), "\n";
--EXPECT--
Array
(
    [0] => __call(secret)
    [1] => __call(secret)
    [2] => prot
    [3] => __call(missing)
)
Array
(
    [0] => __callStatic(secret)
    [1] => __callStatic(missing)
)
__callStatic(secret)
__callStatic(prot)
