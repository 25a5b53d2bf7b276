--TEST--
constant(), defined() and define() with class constant names
--FILE--
<?php
try { define('::', true); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { define('A::B', true); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { constant('::'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { constant('Nope::X'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { constant('stdClass::X'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { constant('::X'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class A { private const X = 1; const Y = 2; static function f() { return constant('self::X') + constant('static::Y'); } }
enum E: int { case One = 1; }
var_dump(constant('A::Y'), constant('E::One'), A::f());
try { constant('A::X'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(defined('A::Y'), defined('A::Z'));
try { var_dump(define('TRUE', 1), define('Null', 2)); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { var_dump(defined("self::X")); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { constant('parent::X'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class NoParent { static function f() { return constant('parent::X'); } }
try { NoParent::f(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECTF--
define(): Argument #1 ($constant_name) cannot be a class constant
define(): Argument #1 ($constant_name) cannot be a class constant
Class "" not found
Class "Nope" not found
Undefined constant stdClass::X
Class "" not found
int(2)
enum(E::One)
int(3)
Cannot access private constant A::X
bool(true)
bool(false)

Warning: Constant TRUE already defined in %s/tests/php/stdlib/constant_class_names.php on line 13

Warning: Constant Null already defined in %s/tests/php/stdlib/constant_class_names.php on line 13
bool(false)
bool(false)
Cannot access "self" when no class scope is active
Cannot access "parent" when no class scope is active
Cannot access "parent" when current class scope has no parent
