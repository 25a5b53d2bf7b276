--TEST--
scalar parameter types with coercion
--FILE--
<?php
function i(int $x) { var_dump($x); }
function f(float $x) { var_dump($x); }
function s(string $x) { var_dump($x); }
function b(bool $x) { var_dump($x); }
i("42"); i(3.0); i(true); f(5); f("1.5"); s(12); s(1.5); s(false); b(0); b("a");
try { i("abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { i(1.5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { i([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { i(null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
i("1e2");
--EXPECTF--
int(42)
int(3)
int(1)
float(5)
float(1.5)
string(2) "12"
string(3) "1.5"
string(0) ""
bool(false)
bool(true)
i(): Argument #1 ($x) must be of type int, string given, called in %s/tests/php/func/scalar_types.php on line 7

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s/tests/php/func/scalar_types.php on line 2
int(1)
i(): Argument #1 ($x) must be of type int, array given, called in %s/tests/php/func/scalar_types.php on line 9
i(): Argument #1 ($x) must be of type int, null given, called in %s/tests/php/func/scalar_types.php on line 10
int(100)
