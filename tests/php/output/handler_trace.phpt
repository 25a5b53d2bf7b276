--TEST--
Traces through built-ins that run PHP code: callbacks and output handlers
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
function cb($x) { throw new Exception("boom"); }
function outer() { return array_map('cb', [1]); }
try { outer(); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
function handler($buf, $phase) { throw new Exception("in handler"); }
ob_start('handler');
try { ob_end_clean(); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
?>
--EXPECTF--
#0 [internal function]: cb(1)
#1 %s/tests/php/output/handler_trace.php(3): array_map('cb', Array)
#2 %s/tests/php/output/handler_trace.php(4): outer()
#3 {main}
#0 [internal function]: handler('', 11)
#1 %s/tests/php/output/handler_trace.php(7): ob_end_clean()
#2 {main}
