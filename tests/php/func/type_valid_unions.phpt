--TEST--
well-formed unions, intersections and nullable types compile and check
--FILE--
<?php
interface I {}
interface J {}
class K implements I, J, Countable { function count(): int { return 0; } }
function a(int|string|null $x): int|float { return $x === null ? 0.5 : (int) $x; }
function b(I&J $x): I&J { return $x; }
function c(?iterable $x = null): ?array { return $x === null ? null : [...$x]; }
function d(mixed $x = null): mixed { return $x; }
function e(iterable|string|bool $x): string { return gettype($x); }
var_dump(a(null), a("3"), get_class(b(new K)), c([1, 2]), c(), d(), e(false), e([]));
--EXPECT--
float(0.5)
int(3)
string(1) "K"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
NULL
NULL
string(7) "boolean"
string(5) "array"
