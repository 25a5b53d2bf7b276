--TEST--
foreach over a non-array warns
--FILE--
<?php
foreach (null as $v) {}
foreach (5 as $v) {}
foreach ("str" as $v) {}
echo "done\n";
--EXPECTF--
Warning: foreach() argument must be of type array|object, null given in %s/tests/php/control/foreach_scalar.php on line 2

Warning: foreach() argument must be of type array|object, int given in %s/tests/php/control/foreach_scalar.php on line 3

Warning: foreach() argument must be of type array|object, string given in %s/tests/php/control/foreach_scalar.php on line 4
done
