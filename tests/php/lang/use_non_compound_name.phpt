--TEST--
"use A;" outside a namespace warns that it has no effect (also for functions and constants),
not with an alias, a compound name or inside a namespace
--FILE--
<?php
namespace {
use Exception;
use \ArrayObject;
use function strlen;
use const PHP_EOL;
use Countable as C;
use Foo\Bar;
use Foo\{Baz, Qux};
echo strlen("abc"), PHP_EOL;
}
namespace N {
use Exception;
echo "done\n";
}
--EXPECTF--
Warning: The use statement with non-compound name 'Exception' has no effect in %s/tests/php/lang/use_non_compound_name.php on line 3

Warning: The use statement with non-compound name 'ArrayObject' has no effect in %s/tests/php/lang/use_non_compound_name.php on line 4

Warning: The use statement with non-compound name 'strlen' has no effect in %s/tests/php/lang/use_non_compound_name.php on line 5

Warning: The use statement with non-compound name 'PHP_EOL' has no effect in %s/tests/php/lang/use_non_compound_name.php on line 6
3
done
