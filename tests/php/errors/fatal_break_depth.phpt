--TEST--
break with too large a depth
--FILE--
<?php
while (true) { break 2; }
--EXPECTF--
Fatal error: Cannot 'break' 2 levels in %s/tests/php/errors/fatal_break_depth.php on line 2
