--TEST--
get_called_class() outside a class throws an Error (compiled and called by name)
--FILE--
<?php
try { var_dump(get_called_class()); } catch (Error $e) { echo $e->getMessage(), "\n"; }
function f() { return get_called_class(); }
try { var_dump(f()); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$g = 'get_called_class';
try { var_dump($g()); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class A { static function n() { return get_called_class(); } }
class B extends A {}
var_dump(B::n());
--EXPECT--
get_called_class() must be called from within a class
get_called_class() must be called from within a class
get_called_class() must be called from within a class
string(1) "B"
