--TEST--
Attributes: an engine attribute on a wrong target is a compile-time error
--FILE--
<?php
echo "never\n";

#[Attribute]
function f() {}
--EXPECTF--
Fatal error: Attribute "Attribute" cannot target function (allowed targets: class) in %s/tests/php/reflection/attribute_compile_error.php on line 5
