<?php
function f($a, $b = 1, ...$rest) {}
f(...[1, 2]);
f(1, ...$x);
f(b: 2, a: 1);
f(1, b: 2);
g(...$x, ...$y);
h(x: $y[1]);
strlen(...$s);
count($a, mode: 1);
