--TEST--
catch (self $e) is a compile error, as catch (static $e) is
--FILE--
<?php
class A {
    function f() {
        try {
            throw new Exception("x");
        } catch (self $e) {
        }
    }
}
echo "not reached\n";
--EXPECTF--
Fatal error: Bad class name in the catch statement in %s/tests/php/errors/catch_self_class_name.php on line 6
