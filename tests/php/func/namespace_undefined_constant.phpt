--TEST--
undefined constants in a namespace: messages name the namespaced constant, namespace\X does not fall back
--FILE--
<?php
namespace Foo;
try { echo bar; } catch (\Error $e) { echo $e->getMessage(), "\n"; }
try { echo namespace\baz; } catch (\Error $e) { echo $e->getMessage(), "\n"; }
try { echo \qux; } catch (\Error $e) { echo $e->getMessage(), "\n"; }
try { echo A\B; } catch (\Error $e) { echo $e->getMessage(), "\n"; }
const E_ALL = 5; echo \E_ALL, namespace\E_ALL, "\n";
--EXPECT--
Undefined constant "Foo\bar"
Undefined constant "Foo\baz"
Undefined constant "qux"
Undefined constant "Foo\A\B"
327675
