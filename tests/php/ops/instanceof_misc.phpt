--TEST--
instanceof and type checks on builtins
--FILE--
<?php
$e = new Exception("m");
var_dump($e instanceof Exception, $e instanceof Throwable, $e instanceof Error, "x" instanceof Exception);
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(false)
