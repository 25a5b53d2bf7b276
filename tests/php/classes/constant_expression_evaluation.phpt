--TEST--
class constants: expressions evaluated at the first instantiation or static use (zend_update_class_constants); undefined and self-referencing errors name the class as written
--FILE--
<?php
// Constants are evaluated when the class is first instantiated or its statics used.
class K { const X = NOPE; public $p = 1; }
try { new K; echo "made\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class L { const X = NOPE; public static $s = 1; }
try { echo L::$s, "\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class M { const X = NOPE; const Y = 2; }
try { echo M::Y, "\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class B { const C = A::C . "B"; }
spl_autoload_register(function ($class) {
    echo "load $class\n";
    class A { const C = "A"; }
    var_dump(B::C);
});
new B();
echo "made B\n";
// Errors name the class as the expression writes it.
class F1 { const A = self::B; }
try { echo F1::A; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class F2 { const A = F2::B; const B = F2::A; }
try { echo F2::A; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class F3 { const FOO = [self::BAR]; const BAR = [self::FOO]; }
try { var_dump(F3::FOO); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class F4 { const A = self::A; }
try { echo F4::A; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo constant('F2::B'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
Undefined constant "NOPE"
Undefined constant "NOPE"
2
load A
string(2) "AB"
made B
Undefined constant self::B
Cannot declare self-referencing constant F2::B
Cannot declare self-referencing constant self::BAR
Cannot declare self-referencing constant self::A
Cannot declare self-referencing constant F2::B
