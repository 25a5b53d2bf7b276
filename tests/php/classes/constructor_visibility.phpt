--TEST--
new checks a private or protected constructor's visibility from the calling scope (the object is dropped without its destructor)
--FILE--
<?php
class C {
    private function __construct() { echo "C ctor\n"; }
    public static function make() { return new self; }
    public function __destruct() { echo "C dtor\n"; }
}
class D extends C {
    public static function mk() { return new D; }
}
class E {
    protected function __construct() { echo "E ctor\n"; }
}
class F extends E {
    public static function mk() { return new E; }
}
foreach ([fn() => new C, fn() => new D, fn() => D::mk(), fn() => new E, fn() => F::mk(), fn() => C::make()] as $i => $f) {
    try {
        $o = $f();
        echo "$i: made ", get_class($o), "\n";
        $o = null;
    } catch (Error $e) {
        echo "$i: ", $e->getMessage(), "\n";
    }
}
for ($i = 0; $i < 2; $i++) {
    try { new C; } catch (Error $e) { echo $e->getMessage(), "\n"; }
}
echo "end\n";
--EXPECT--
0: Call to private C::__construct() from global scope
1: Call to private C::__construct() from global scope
2: Call to private C::__construct() from scope D
3: Call to protected E::__construct() from global scope
E ctor
4: made E
C ctor
5: made C
C dtor
Call to private C::__construct() from global scope
Call to private C::__construct() from global scope
end
