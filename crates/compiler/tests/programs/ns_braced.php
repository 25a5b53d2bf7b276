<?php
namespace A {
    class X {}
    function f() { return new X; }
    const C = 1;
}
namespace B {
    use A\X;
    class Y extends X {}
    $a = new X; $b = \A\f(); $c = \A\C;
}
namespace {
    $d = new A\X; $e = B\Y::class;
}
