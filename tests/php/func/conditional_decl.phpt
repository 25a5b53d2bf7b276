--TEST--
functions declared conditionally and hoisting
--FILE--
<?php
echo early(), "\n";
function early() { return "hoisted"; }
if (true) { function cond() { return "cond"; } }
echo cond(), "\n";
function outer() { function inner() { return "inner"; } }
var_dump(function_exists('inner'));
outer();
var_dump(function_exists('inner'));
echo inner(), "\n";
--EXPECT--
hoisted
cond
bool(false)
bool(true)
inner
