--TEST--
narrowing a protected property's visibility says "or weaker"; a public one's does not
--FILE--
<?php
class P {
    protected $p;
}
class C extends P {
    private $p;
}
--EXPECTF--
Fatal error: Access level to C::$p must be protected (as in class P) or weaker in %s/tests/php/classes/access_level_prop_or_weaker.php on line 5
