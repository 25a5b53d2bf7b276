<?php
echo PHP_EOL, E_ALL, M_PI, true, FALSE, null, UNDEFINED_C, \Foo\BAR;
const X = 1, Y = "a" . "b";
echo X;
