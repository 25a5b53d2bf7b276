--TEST--
division and modulo by zero throw DivisionByZeroError
--FILE--
<?php
try { echo 1 / 0; } catch (DivisionByZeroError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo 1 % 0; } catch (DivisionByZeroError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo intdiv(1, 0); } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { echo intdiv(PHP_INT_MIN, -1); } catch (ArithmeticError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(PHP_INT_MIN % -1);
echo fmod(1, 0), "\n";
--EXPECT--
DivisionByZeroError: Division by zero
DivisionByZeroError: Modulo by zero
Division by zero
ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer
int(0)
NAN
