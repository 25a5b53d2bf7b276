--TEST--
a redeclared property keeps its parent's type exactly
--FILE--
<?php
class A { public int $a; protected ?A $b; public $c; private string $d; public self $e; public int|string $f; }
class B extends A { public int $a; protected ?A $b; public $c; private int $d; public A $e; public string|int $f; }
echo "compatible redeclarations\n";
class C extends A { public ?int $a; }
--EXPECTF--
Fatal error: Type of C::$a must be int (as in class A) in %s/tests/php/classes/property_type_invariance.php on line 5
