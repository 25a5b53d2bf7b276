--TEST--
redeclaring a function is a fatal error
--FILE--
<?php
function f() {}
function F() {}
--EXPECTF--
Fatal error: Cannot redeclare F() (previously declared in %s/tests/php/func/redeclare.php:2) in %s/tests/php/func/redeclare.php on line 3
