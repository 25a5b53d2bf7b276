--TEST--
strict_types: built-in arguments, int-to-float widening, callbacks called by built-ins, properties
--FILE--
<?php
declare(strict_types=1);
function show(callable $f) {
    try { var_dump($f()); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
show(fn() => str_repeat("ab", "3"));
show(fn() => str_repeat("ab", 3));
show(fn() => sqrt(4));
show(fn() => round("1.5"));
show(fn() => strtoupper(null));
show(fn() => in_array(1, [1], 1));
show(fn() => array_map(function (int $x) { return $x * 2; }, ["1", "2"]));
show(fn() => array_sum(["1", 2]));
show(fn() => strlen(12));
function takes_float(float $f) { return $f; }
show(fn() => takes_float(3));
show(fn() => takes_float("3"));
class P { public int $n = 0; public float $f = 0.0; }
$p = new P;
show(function () use ($p) { $p->f = 2; return $p->f; });
show(function () use ($p) { $p->n = "2"; return $p->n; });
function ret_float(): float { return 1; }
show(fn() => ret_float());
function ret_int(): int { return 1.0; }
show(fn() => ret_int());
--EXPECTF--
TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given
string(6) "ababab"
float(2)
TypeError: round(): Argument #1 ($num) must be of type int|float, string given
TypeError: strtoupper(): Argument #1 ($string) must be of type string, null given
bool(true)
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(4)
}
int(3)
TypeError: strlen(): Argument #1 ($string) must be of type string, int given
float(3)
TypeError: takes_float(): Argument #1 ($f) must be of type float, string given, called in %s/tests/php/func/strict_types_calls.php on line 17
float(2)
TypeError: Cannot assign string to property P::$n of type int
float(1)
TypeError: ret_int(): Return value must be of type int, float returned
