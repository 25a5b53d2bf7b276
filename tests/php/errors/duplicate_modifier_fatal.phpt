--TEST--
a repeated access modifier in a file is a fatal error at compile time (nothing runs)
--FILE--
<?php
echo "not printed\n";
class C {
    public
    public $a;
}
--EXPECTF--
Fatal error: Multiple access type modifiers are not allowed in %s/tests/php/errors/duplicate_modifier_fatal.php on line 5
