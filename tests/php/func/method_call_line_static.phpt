--TEST--
Static and dynamic method calls split over lines, errors thrown by INIT_METHOD_CALL: the method name's line
--FILE--
<?php
class S { static function m() { echo 'S::m ', debug_backtrace()[0]['line'], "\n"; return new S; } function i() { echo 'i ', debug_backtrace()[0]['line'], "\n"; return $this; } }
S
  ::m();
S::m()
  ->i();
$s = new S;
$name = 'i';
$s
  ->$name();
$s
  ?->i();
try {
$n = null;
$n
  ->foo();
} catch (Error $e) { echo $e->getLine(), "\n"; }
try {
$s
  ->nope(
  1);
} catch (Error $e) { echo $e->getLine(), "\n"; }
--EXPECT--
S::m 4
S::m 5
i 6
i 10
i 12
16
20
