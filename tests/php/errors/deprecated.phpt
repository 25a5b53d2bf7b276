--TEST--
deprecations are reported with E_ALL
--FILE--
<?php
$a = [];
$a[1.5] = 'x';
var_dump(strlen(null));
function opt($a = 1, $b) { return $b; }
echo opt(1, 2), "\n";
--EXPECTF--
Deprecated: Optional parameter $a declared before required parameter $b is implicitly treated as a required parameter in %s/tests/php/errors/deprecated.php on line 5

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s/tests/php/errors/deprecated.php on line 3

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s/tests/php/errors/deprecated.php on line 4
int(0)
2
