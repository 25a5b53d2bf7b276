--TEST--
a type named like a builtin (integer, double, boolean, resource) warns at compile time unless qualified or imported; a reserved name reached through a namespace is a compile error
--FILE--
<?php
namespace {
    function a(integer $x) {}
    function b(\double $x) {}
    function c(?resource $x) {}
}
namespace Foo {
    use boolean as imported;
    function d(boolean $x) {}
    function e(imported $x) {}
    echo "compiled\n";
}
namespace Bar {
    function f(namespace\int $x) {}
}
--EXPECTF--
Warning: "integer" will be interpreted as a class name. Did you mean "int"? Write "\integer" to suppress this warning in %s/tests/php/types/confusable_type_names.php on line 3

Warning: "resource" is not a supported builtin type and will be interpreted as a class name. Write "\resource" to suppress this warning in %s/tests/php/types/confusable_type_names.php on line 5

Warning: "boolean" will be interpreted as a class name. Did you mean "bool"? Write "\Foo\boolean" or import the class with "use" to suppress this warning in %s/tests/php/types/confusable_type_names.php on line 9

Fatal error: Type declaration 'int' must be unqualified in %s/tests/php/types/confusable_type_names.php on line 14
