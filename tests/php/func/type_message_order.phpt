--TEST--
type errors spell types as Zend does: iterable as Traversable|array, builtins in Zend's order
--FILE--
<?php
function f(): iterable { return 1; }
function g(?iterable $x) {}
function h(iterable|string $x) {}
function i(array|callable|Foo|null $x) {}
function j(): object|callable { return 1; }
function k(int|float|string|bool|array $x) {}
function l(false|string $x) {}
foreach (["f" => [], "g" => [1], "h" => [new stdClass], "i" => [1], "j" => [], "k" => [new stdClass], "l" => [[]]] as $fn => $args) {
    try { $fn(...$args); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
echo (new ReflectionFunction("f"))->getReturnType(), "\n";
echo (new ReflectionFunction("g"))->getParameters()[0]->getType(), "\n";
echo (new ReflectionFunction("h"))->getParameters()[0]->getType(), "\n";
echo (new ReflectionFunction("j"))->getReturnType(), "\n";
--EXPECTF--
f(): Return value must be of type Traversable|array, int returned
g(): Argument #1 ($x) must be of type Traversable|array|null, int given, called in %s/tests/php/func/type_message_order.php on line 10
h(): Argument #1 ($x) must be of type Traversable|array|string, stdClass given, called in %s/tests/php/func/type_message_order.php on line 10
i(): Argument #1 ($x) must be of type Foo|callable|array|null, int given, called in %s/tests/php/func/type_message_order.php on line 10
j(): Return value must be of type callable|object, int returned
k(): Argument #1 ($x) must be of type array|string|int|float|bool, stdClass given, called in %s/tests/php/func/type_message_order.php on line 10
l(): Argument #1 ($x) must be of type string|false, array given, called in %s/tests/php/func/type_message_order.php on line 10
iterable
?iterable
Traversable|array|string
callable|object
