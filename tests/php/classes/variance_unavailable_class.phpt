--TEST--
a variance check needing a class that neither exists nor autoloads is fatal ("Could not check compatibility")
--FILE--
<?php
spl_autoload_register(function ($c) { echo "autoload $c\n"; });
class A { public function m(): A { return $this; } }
if (true) {
    class B extends A {
        public function m(): Missing { return $this; }
    }
}
--EXPECTF--
autoload Missing

Fatal error: Could not check compatibility between B::m(): Missing and A::m(): A, because class Missing is not available in %s/tests/php/classes/variance_unavailable_class.php on line 6
