<?php
trait A { function hello() { return 'A'; } static function s() {} abstract function ab(); }
trait B { function hello() { return 'B'; } }
class C {
    use A, B {
        A::hello insteadof B;
        B::hello as protected helloB;
        s as public ss;
    }
    function ab() {}
}
