<?php
try { f(); } catch (A|B $e) { } catch (\Foo\C) { }
$x = $y ?? throw new Exception('x');
$z = fn() => throw new LogicException();
function g(?A $a = null, $b = FOO, $c = \Bar\BAZ, $d = A::B, $e = new A, $f = [A::X]) {}
