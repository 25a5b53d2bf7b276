--TEST--
program: closures, arrow functions, first-class callables, binding, named arguments, array callbacks
--FILE--
<?php
$mul = fn($x) => fn($y) => $x * $y;
echo $mul(3)(4), "\n";
$counter = function () { static $n = 0; return ++$n; };
$counter(); $counter();
echo $counter(), "\n";
function makeCounter(): array {
    $count = 0;
    return [
        'inc' => function () use (&$count) { return ++$count; },
        'get' => fn() => $count,
    ];
}
$c = makeCounter();
$c['inc'](); $c['inc']();
echo $c['inc'](), ' ', $c['get'](), "\n";
$strlen = strlen(...);
echo $strlen('hello'), "\n";
class Math {
    public function __construct(private int $base = 10) {}
    public function add(int $x): int { return $this->base + $x; }
    public static function square(int $x): int { return $x * $x; }
    public function adder(): Closure { return $this->add(...); }
    public function getBase(): Closure { return function () { return $this->base; }; }
}
$m = new Math(5);
$add = $m->add(...);
$sq = Math::square(...);
echo $add(1), ' ', $sq(7), ' ', $m->adder()(100), "\n";
echo implode(',', array_map(Math::square(...), [1, 2, 3])), "\n";
echo implode(',', array_map([$m, 'add'], [1, 2])), ' ', implode(',', array_map('Math::square', [4])), ' ', implode(',', array_map([Math::class, 'square'], [5])), "\n";
$getBase = $m->getBase();
echo $getBase(), "\n";
$other = new Math(99);
echo Closure::bind($getBase, $other, Math::class)(), ' ', $getBase->bindTo($other)(), ' ', $getBase->call($other), "\n";
$peek = fn() => $this->base;
echo Closure::bind($peek, new Math(7), Math::class)(), "\n";
$compose = fn(callable ...$fs) => fn($x) => array_reduce($fs, fn($acc, $f) => $f($acc), $x);
$pipeline = $compose('trim', 'strrev', 'strtoupper', fn($s) => "<$s>");
echo $pipeline('  hello '), "\n";
$partial = fn(callable $f, ...$bound) => fn(...$rest) => $f(...$bound, ...$rest);
$greet = $partial('sprintf', '%s, %s!');
echo $greet('Hello', 'World'), "\n";
function apply(callable $f, array $args) { return $f(...$args); }
echo apply('max', [3, 9, 2]), ' ', apply(fn($a, $b) => $a . $b, ['x', 'y']), "\n";
function named(int $a, int $b = 2, int ...$rest) { return "$a-$b-" . implode('.', $rest); }
echo named(b: 5, a: 1), ' ', named(1, 2, 3, 4), ' ', call_user_func_array('named', ['a' => 7]), ' ', call_user_func('named', 1, b: 9), "\n";
$arr = [5, 3, 8, 1];
usort($arr, static fn($a, $b) => $b <=> $a);
echo implode(',', $arr), "\n";
$memo = function (callable $f) { $cache = []; return function ($n) use (&$cache, $f, &$self) { return $cache[$n] ??= $f($n); }; };
$fib = function ($n) use (&$fib) { return $n < 2 ? $n : $fib($n - 1) + $fib($n - 2); };
echo $fib(20), "\n";
$y = 10;
$byVal = function () use ($y) { return $y; };
$y = 20;
echo $byVal(), "\n";
$fnArrow = fn() => $y;
$y = 30;
echo $fnArrow(), "\n";
var_dump(is_callable('strlen'), is_callable('nope'), is_callable([$m, 'add']), is_callable(fn() => 1));
$r = new ReflectionFunction($mul);
echo $r->getNumberOfParameters(), "\n";
echo (new ReflectionFunction(named(...)))->getName(), "\n";
$gen = function () { yield 1; yield 2; };
foreach ($gen() as $v) echo $v;
echo "\n";
class Invokable { public function __invoke($a) { return $a * 2; } }
echo implode(',', array_map(new Invokable, [1, 2])), "\n";
$filtered = array_filter(['a' => 1, 'b' => null, 'c' => 0, 'd' => 'x'], fn($v, $k) => $v !== null && $k !== 'd', ARRAY_FILTER_USE_BOTH);
var_dump($filtered);
var_dump(array_filter([1, 0, 2, null, '', 'a', false, []]));
$walk = [1, 2, 3];
array_walk($walk, function (&$v, $k, $mult) { $v = $v * $mult + $k; }, 10);
echo implode(',', $walk), "\n";
$nested = [[1, 2], [3, [4, 5]]];
array_walk_recursive($nested, function (&$v) { $v *= 100; });
echo json_encode($nested), "\n";
echo implode(',', array_map(null, [1, 2], ['a', 'b'])[1]), "\n";
echo json_encode(array_map(fn($a, $b) => $a + $b, [1, 2, 3], [10, 20])), "\n";
echo json_encode(array_map(fn($v) => $v * 2, ['x' => 1, 'y' => 2])), "\n";
$fnName = 'str' . 'toupper';
echo $fnName('dyn'), "\n";
$method = 'add';
echo $m->$method(1), ' ', [new Math(1), 'add'](1), ' ', 'Math::square'(3), "\n";
try { $add('notint'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo (function () { return func_get_args(); })(1, 2, 3)[2], ' ', (fn() => func_num_args())(1, 2), "\n";
--EXPECTF--
12
3
3 0
5
6 49 105
1,4,9
6,7 16 25
5
99 99 99
7
<OLLEH>
Hello, World!
9 xy
1-5- 1-2-3.4 7-2- 1-9-
8,5,3,1
6765
10
20
bool(true)
bool(false)
bool(true)
bool(true)
1
named
12
2,4
array(2) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(0)
}
array(3) {
  [0]=>
  int(1)
  [2]=>
  int(2)
  [5]=>
  string(1) "a"
}
10,21,32
[[100,200],[300,[400,500]]]
2,b
[11,22,3]
{"x":2,"y":4}
DYN
6 2 9
Math::add(): Argument #1 ($x) must be of type int, string given, called in %s/tests/php/programs/closures.php on line 86
3 2
