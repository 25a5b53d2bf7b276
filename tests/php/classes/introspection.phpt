--TEST--
get_class_methods, method_exists, property_exists, class_exists with autoload
--FILE--
<?php
spl_autoload_register(function ($c) { echo "autoload $c\n"; if ($c === "Lazy") { eval("class Lazy { public \$v = 1; }"); } });
var_dump(class_exists("Lazy", false), class_exists("Lazy"), class_exists("Missing"), (new Lazy)->v);
class P { public $a; protected $b; private $c; function f() {} protected function g() {} static function h() {} }
class Q extends P { public $d; function i() {} }
print_r(get_class_methods("Q"));
print_r(get_class_vars("Q"));
print_r(get_object_vars(new Q));
var_dump(method_exists("Q", "G"), method_exists(new Q, "zz"), property_exists("Q", "b"), property_exists("Q", "c"));
var_dump(is_a(new Q, "P"), is_a("Q", "P"), is_a("Q", "P", true), is_subclass_of("Q", "Q"), get_parent_class("Q"), get_parent_class("P"));
print_r(class_parents(new Q));
var_dump(spl_object_id(new Q) > 0, strlen(spl_object_hash(new Q)));
--EXPECT--
autoload Lazy
autoload Missing
bool(false)
bool(true)
bool(false)
int(1)
Array
(
    [0] => i
    [1] => f
    [2] => h
)
Array
(
    [d] => 
    [a] => 
)
Array
(
    [a] => 
    [d] => 
)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
string(1) "P"
bool(false)
Array
(
    [P] => P
)
bool(true)
int(32)
