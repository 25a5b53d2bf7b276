--TEST--
declare(strict_types=1) disables coercion
--FILE--
<?php
declare(strict_types=1);
function i(int $x) { return $x; }
function f(float $x) { return $x; }
var_dump(f(5));
try { i("5"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { i(5.0); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { var_dump(strlen(5)); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function r(): int { return "1"; }
try { r(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
float(5)
i(): Argument #1 ($x) must be of type int, string given, called in %s/tests/php/func/strict_types.php on line 6
i(): Argument #1 ($x) must be of type int, float given, called in %s/tests/php/func/strict_types.php on line 7
strlen(): Argument #1 ($string) must be of type string, int given
r(): Return value must be of type int, string returned
