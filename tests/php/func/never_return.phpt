--TEST--
missing return value for a typed function
--FILE--
<?php
function noReturn(): int { }
try { noReturn(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function nv(): never { throw new Exception("never returns"); }
try { nv(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
noReturn(): Return value must be of type int, none returned
never returns
