--TEST--
an incompatible override's message shows the parent's defaults as PHP does (strings cut at 10 bytes, arrays as [] or [...], constants by name, other expressions as <expression>), "& " for a by-reference return, on the child method's line
--FILE--
<?php
class P {
    const K = 1;
    public function &f($a, $b = 1, $c = 1.5, $d = 'a long string value', $e = [], $f = [1],
        $g = null, $h = true, $i = PHP_INT_MAX, $j = self::K, $k = P::K, $l = 1 + PHP_INT_SIZE,
        $m = 'short') {}
}
class C extends P {

    public function &f($a, $b) {}
}
--EXPECTF--
Fatal error: Declaration of & C::f($a, $b) must be compatible with & P::f($a, $b = 1, $c = 1.5, $d = 'a long str...', $e = [], $f = [...], $g = null, $h = true, $i = PHP_INT_MAX, $j = self::K, $k = P::K, $l = <expression>, $m = 'short') in %s/tests/php/classes/signature_defaults_in_errors.php on line 10
