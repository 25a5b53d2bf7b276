--TEST--
break outside a loop is a compile error
--FILE--
<?php
echo "x";
break;
--EXPECTF--
Fatal error: 'break' not in the 'loop' or 'switch' context in %s/tests/php/errors/fatal_break.php on line 3
