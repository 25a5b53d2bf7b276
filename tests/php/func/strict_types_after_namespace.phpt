--TEST--
declare(strict_types=1) after a namespace statement is a compile error
--FILE--
<?php
namespace Foo;
declare(strict_types=1);
echo "not printed\n";
--EXPECTF--
Fatal error: strict_types declaration must be the very first statement in the script in %s/tests/php/func/strict_types_after_namespace.php on line 3
