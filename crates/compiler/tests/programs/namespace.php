<?php
namespace Foo\Bar;
use function Other\fn1;
use const Other\C1;
use Some\Cls as Alias;
const X = 1;
echo X, \Y, Z, C1, PHP_EOL, true;
fn1(); f2(); \f3(); strlen($a); Alias\g(); namespace\h();
