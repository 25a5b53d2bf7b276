--TEST--
errors thrown by the engine are catchable Error subclasses
--FILE--
<?php
try { intdiv(1, 0); } catch (DivisionByZeroError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { 1 % 0; } catch (ArithmeticError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { strlen(); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { undefined_fn(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo match(5) { 1 => 'a' }; } catch (UnhandledMatchError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_chunk([], 0); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { strlen([]); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new DateTimeZoneNope(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { json_decode("{", false, 512, JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo get_class($e), ": ", $e->getMessage(), " ", $e->getCode(), "\n"; }
try { throw new Exception("x"); } catch (Throwable $t) { echo "Throwable catches ", get_class($t), "\n"; }
try { throw 5; } catch (Error $e) { echo $e->getMessage(), "\n"; }
function typed(int $x) {}
try { typed("abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
DivisionByZeroError: Division by zero
DivisionByZeroError: Modulo by zero
ArgumentCountError: strlen() expects exactly 1 argument, 0 given
Error: Call to undefined function undefined_fn()
UnhandledMatchError: Unhandled match case 5
ValueError: array_chunk(): Argument #2 ($length) must be greater than 0
TypeError: strlen(): Argument #1 ($string) must be of type string, array given
Error: Class "DateTimeZoneNope" not found
JsonException: Syntax error 4
Throwable catches Exception
Can only throw objects
typed(): Argument #1 ($x) must be of type int, string given, called in %s/tests/php/exceptions/engine_errors.php on line 14
