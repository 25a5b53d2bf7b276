--TEST--
Object arguments checked against class, ancestor, interface, alias, union, nullable, object, iterable, intersection and self types (the RECV fast path by class names, the general path otherwise)
--FILE--
<?php
interface Shape { function area(): float; }
abstract class Base implements Shape {}
class Sq extends Base { function __construct(public float $s) {} function area(): float { return $this->s ** 2; } }
class Node { function __construct(public int $v, public ?Node $next = null) {} }
class Other {}
class_alias('Sq', 'Square');
function a(Shape $s) { return $s->area(); }
function b(Base $s) { return $s->area(); }
function c(Square $s) { return $s->area(); }
function d(?Node $n) { return $n?->v; }
function e(Node|Sq $x) { return get_class($x); }
function f(object $o) { return get_class($o); }
function g(iterable $i) { return 'it'; }
function h(Shape&Countable $x) { return 'both'; }
function k(\Node $n) { return $n->v; }
class M { function m(self $x) { return 'self'; } }
$q = new Sq(2.0);
echo a($q), b($q), c($q), d(new Node(3)), d(null), e($q), e(new Node(1)), f($q), g(new ArrayIterator([])), k(new Node(5)), (new M)->m(new M), "\n";
$l = null; for ($i = 0; $i < 1000; $i++) { $l = new Node($i, $l); } $s = 0; for ($n = $l; $n; $n = $n->next) $s += d($n); echo $s, "\n";
foreach ([fn() => a(new Other), fn() => b(new Other), fn() => d(new Other), fn() => e(new Other), fn() => h($q)] as $t) {
  try { $t(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
--EXPECTF--
4443SqNodeSqit5self
499500
a(): Argument #1 ($s) must be of type Shape, Other given, called in %s/tests/php/func/recv_object_types.php on line 21
b(): Argument #1 ($s) must be of type Base, Other given, called in %s/tests/php/func/recv_object_types.php on line 21
d(): Argument #1 ($n) must be of type ?Node, Other given, called in %s/tests/php/func/recv_object_types.php on line 21
e(): Argument #1 ($x) must be of type Node|Sq, Other given, called in %s/tests/php/func/recv_object_types.php on line 21
h(): Argument #1 ($x) must be of type Shape&Countable, Sq given, called in %s/tests/php/func/recv_object_types.php on line 21
