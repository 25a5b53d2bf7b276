--TEST--
passing a non-variable by reference
--FILE--
<?php
function f(&$x) { $x = 1; }
try { f(5); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
Error: f(): Argument #1 ($x) cannot be passed by reference
