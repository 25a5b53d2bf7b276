--TEST--
A parameter TypeError shows self and parent resolved to the scope classes, as return types do (zend_type_to_string_resolved)
--FILE--
<?php class Other{} class P {} class M extends P { function m(self $x) { return 1; } function p(parent $x) {} function n(?self $x) {} }
foreach ([fn() => (new M)->m(new Other), fn() => (new M)->p(new Other), fn() => (new M)->n(new Other)] as $t) try { $t(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }

--EXPECTF--
M::m(): Argument #1 ($x) must be of type M, Other given, called in %s/tests/php/func/param_self_type_message.php on line 2
M::p(): Argument #1 ($x) must be of type P, Other given, called in %s/tests/php/func/param_self_type_message.php on line 2
M::n(): Argument #1 ($x) must be of type ?M, Other given, called in %s/tests/php/func/param_self_type_message.php on line 2
