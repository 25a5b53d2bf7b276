--TEST--
default parameter values
--FILE--
<?php
function greet($name = "World", $punct = "!") { return "Hello $name$punct"; }
echo greet(), "\n", greet("PHP"), "\n", greet("a", "?"), "\n";
function withConst($x = PHP_INT_SIZE, $arr = [1, 2], $n = null) { return $x . count($arr) . var_export($n, true); }
echo withConst(), "\n";
--EXPECT--
Hello World!
Hello PHP!
Hello a?
82NULL
