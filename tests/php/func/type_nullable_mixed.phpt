--TEST--
?mixed is refused
--FILE--
<?php
class A {
    public ?mixed $p;
}
--EXPECTF--
Fatal error: Type mixed cannot be marked as nullable since mixed already includes null in %s/tests/php/func/type_nullable_mixed.php on line 3
