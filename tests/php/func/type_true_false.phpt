--TEST--
true|false must be written bool
--FILE--
<?php
function f(): int|true|false {}
--EXPECTF--
Fatal error: Type contains both true and false, bool should be used instead in %s/tests/php/func/type_true_false.php on line 2
