--TEST--
TypeErrors name a resource argument, return value or property value "resource", without its kind
--FILE--
<?php
function f(int $x) {}
function g(): int { return STDIN; }
class A { public int $x = 1; }
try { f(STDIN); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { g(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$a = new A;
try { $a->x = STDERR; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$h = fopen('php://memory', 'r');
fclose($h);
try { f($h); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { f(new ArrayObject); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo get_debug_type(STDIN), "\n";
?>
--EXPECTF--
f(): Argument #1 ($x) must be of type int, resource given, called in %s/tests/php/types/type_error_value_names.php on line 5
g(): Return value must be of type int, resource returned
Cannot assign resource to property A::$x of type int
f(): Argument #1 ($x) must be of type int, resource given, called in %s/tests/php/types/type_error_value_names.php on line 11
f(): Argument #1 ($x) must be of type int, ArrayObject given, called in %s/tests/php/types/type_error_value_names.php on line 12
resource (stream)
