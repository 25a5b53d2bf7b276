--TEST--
narrowing a protected method's visibility says "or weaker", on the child method's line
--FILE--
<?php
class P {
    protected function f() {}
}
class C extends P {
    // the error is reported on the method's line, not the class's
    private function f() {}
}
--EXPECTF--
Fatal error: Access level to C::f() must be protected (as in class P) or weaker in %s/tests/php/classes/access_level_or_weaker.php on line 7
