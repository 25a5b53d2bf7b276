--TEST--
UnhandledMatchError
--FILE--
<?php
try { echo match(5) { 1 => 'a' }; } catch (\UnhandledMatchError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo match("str") { 1 => 'a' }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
try { echo match(1.5) { 1 => 'a' }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
echo match([1]) { 1 => 'a' };
--EXPECTF--
UnhandledMatchError: Unhandled match case 5
Unhandled match case 'str'
Unhandled match case 1.5

Fatal error: Uncaught UnhandledMatchError: Unhandled match case of type array in %s/tests/php/control/match_unhandled.php:5
Stack trace:
#0 {main}
  thrown in %s/tests/php/control/match_unhandled.php on line 5
