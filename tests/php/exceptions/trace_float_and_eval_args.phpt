--TEST--
Trace arguments: floats at ini precision with a forced .0 (as Zend's _build_trace_args), and an eval() frame without the file as argument
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
function f(...$x) { throw new Exception("x"); }
try { f(2.0, 0.1 + 0.2, -0.0, 7E-10, 1e100, 1.23456789, NAN, INF); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
ini_set('precision', '5');
try { f(1.23456789); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
ini_set('precision', '14');
try { eval('throw new Exception("in eval");'); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; var_dump(isset($e->getTrace()[0]['args'])); }
function g() { return debug_backtrace(); }
$t = eval('return g();');
var_dump(array_keys($t[1]));
--EXPECTF--
#0 %s/tests/php/exceptions/trace_float_and_eval_args.php(3): f(2.0, 0.3, -0.0, 7.0E-10, 1.0E+100, 1.23456789, NAN, INF)
#1 {main}
#0 %s/tests/php/exceptions/trace_float_and_eval_args.php(5): f(1.2346)
#1 {main}
#0 %s/tests/php/exceptions/trace_float_and_eval_args.php(7): eval()
#1 {main}
bool(false)
array(3) {
  [0]=>
  string(4) "file"
  [1]=>
  string(4) "line"
  [2]=>
  string(8) "function"
}
