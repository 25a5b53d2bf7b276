--TEST--
forward_static_call() and forward_static_call_array() keep the called class when it extends the callback's
--FILE--
<?php
class A {
    public static function who(...$args) { echo static::class, ' ', implode(',', $args), "\n"; return 42; }
}
class B extends A {
    public static function test() {
        forward_static_call(['A', 'who'], 'x', 'y');
        var_dump(forward_static_call_array(['A', 'who'], ['z']));
        forward_static_call_array('A::who', ['named' => 'n']);
        call_user_func(['A', 'who'], 'plain');
        forward_static_call(['C', 'who']);
    }
}
class C { public static function who() { echo static::class, "\n"; } }
class D extends B {}
B::test();
D::test();
function outside() { forward_static_call(['A', 'who']); }
try {
    outside();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
B x,y
B z
int(42)
B n
A plain
C
D x,y
D z
int(42)
D n
A plain
C
Cannot call forward_static_call() when no class scope is active
