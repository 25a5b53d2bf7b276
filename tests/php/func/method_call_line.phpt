--TEST--
A method call's line (traces, errors from INIT_METHOD_CALL) is the method name's line in a chain split over lines; a function call's is its start
--FILE--
<?php
class B { function __call($n, $a) { echo $n, ' ', (new Exception)->getTrace()[0]['line'] ?? '-', ' ', (new Exception)->getLine(), "\n"; return $this; } function m() { echo 'm ', debug_backtrace()[0]['line'], "\n"; return $this; } }
$b = new B;
$b
  ->one()
  ->two(
     1,
     2
  )
  ->m()
  ->m(
  );
$b->m(
  1);
$x = [
  'a' => $b->m(),
  'b' => strlen(
     'x'),
];
B::class;
(new B)
  ->m();
function f($a) { echo 'f ', debug_backtrace()[0]['line'], "\n"; }
f(
  1
);
f(f(
  2));
--EXPECT--
one 5 2
two 6 2
m 10
m 11
m 13
m 16
m 22
f 24
f 27
f 27
