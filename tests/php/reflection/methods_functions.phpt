--TEST--
ReflectionMethod and ReflectionFunction: invoke, closures, flags, static variables
--FILE--
<?php
namespace NS;

/** doc of add */
function add(int $a, int $b = 2, int ...$rest): int { return $a + $b + array_sum($rest); }
function &refret(array &$arr) { return $arr; }
function counter() { static $n = 0, $m = [1]; return ++$n; }
function gen() { yield 1; }

abstract class Shape { abstract protected function area(); }
class K extends Shape {
    private $v = 'secret';
    public function __construct(private int $base = 10) {}
    public function plus(int $x) { return $this->base + $x; }
    private function hidden($s) { return "hidden:$s:" . $this->v; }
    public static function st(...$args) { return static::class . count($args); }
    protected function area() { return 0; }
}
class L extends K {}

$f = new \ReflectionFunction('NS\add');
var_dump($f->getName(), $f->getShortName(), $f->getNamespaceName(), $f->inNamespace());
var_dump($f->getNumberOfParameters(), $f->getNumberOfRequiredParameters(), $f->isVariadic());
var_dump($f->getDocComment(), $f->getStartLine(), $f->getEndLine(), $f->isUserDefined(), $f->isInternal());
var_dump((string) $f->getReturnType(), $f->hasReturnType(), $f->returnsReference(), $f->isGenerator());
var_dump($f->invoke(1), $f->invoke(1, 2, 3, 4), $f->invokeArgs([5, 6]), $f->invokeArgs(['a' => 1, 'b' => 1]));
$c = $f->getClosure();
var_dump($c(10));
var_dump((new \ReflectionFunction('NS\refret'))->returnsReference(), (new \ReflectionFunction('NS\gen'))->isGenerator());
counter(); counter();
var_dump((new \ReflectionFunction('NS\counter'))->getStaticVariables());
$y = 5;
$cl = function ($x) use ($y) { static $calls = 0; return $x + $y; };
$rf = new \ReflectionFunction($cl);
var_dump($rf->getName(), $rf->isClosure(), $rf->getStaticVariables(), $rf->invoke(1), $rf->getClosureUsedVariables());
$s = new \ReflectionFunction('strlen');
var_dump($s->isInternal(), $s->getFileName(), $s->getNumberOfParameters(), $s->invoke('abcd'), $s->getDocComment());

$m = new \ReflectionMethod(K::class, 'plus');
var_dump($m);
var_dump($m->name, $m->class, $m->isPublic(), $m->isStatic(), $m->getModifiers(), $m->invoke(new K(1), 2), $m->invokeArgs(new K, [5]));
$h = new \ReflectionMethod('NS\K::hidden');
$h->setAccessible(true);
var_dump($h->isPrivate(), $h->invoke(new K, 'x'), \Reflection::getModifierNames($h->getModifiers()));
$st = new \ReflectionMethod(L::class, 'st');
var_dump($st->class, $st->isStatic(), $st->invoke(null, 1, 2), $st->getDeclaringClass()->getName());
$cl2 = $m->getClosure(new K(100));
var_dump($cl2(1));
$a = new \ReflectionMethod(Shape::class, 'area');
var_dump($a->isAbstract(), $a->isProtected(), \Reflection::getModifierNames($a->getModifiers()));
try { $a->invoke(new K); } catch (\ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { $m->invoke(null, 1); } catch (\ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { $m->invoke(new \stdClass, 1); } catch (\ReflectionException $e) { echo $e->getMessage(), "\n"; }
var_dump((new \ReflectionMethod(K::class, '__construct'))->isConstructor());
try { new \ReflectionFunction('nope'); } catch (\ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { new \ReflectionMethod(K::class, 'nope'); } catch (\ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { new \ReflectionMethod('Nope', 'x'); } catch (\ReflectionException $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(6) "NS\add"
string(3) "add"
string(2) "NS"
bool(true)
int(3)
int(1)
bool(true)
string(17) "/** doc of add */"
int(5)
int(5)
bool(true)
bool(false)
string(3) "int"
bool(true)
bool(false)
bool(false)
int(3)
int(10)
int(11)
int(2)
int(12)
bool(true)
bool(true)
array(2) {
  ["n"]=>
  int(2)
  ["m"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
string(12) "NS\{closure}"
bool(true)
array(2) {
  ["y"]=>
  int(5)
  ["calls"]=>
  int(0)
}
int(6)
array(1) {
  ["y"]=>
  int(5)
}
bool(true)
bool(false)
int(1)
int(4)
bool(false)
object(ReflectionMethod)#6 (2) {
  ["name"]=>
  string(4) "plus"
  ["class"]=>
  string(4) "NS\K"
}
string(4) "plus"
string(4) "NS\K"
bool(true)
bool(false)
int(1)
int(3)
int(15)
bool(true)
string(15) "hidden:x:secret"
array(1) {
  [0]=>
  string(7) "private"
}
string(4) "NS\K"
bool(true)
string(5) "NS\L2"
string(4) "NS\K"
int(101)
bool(true)
bool(true)
array(2) {
  [0]=>
  string(8) "abstract"
  [1]=>
  string(9) "protected"
}
Trying to invoke abstract method NS\Shape::area()
Trying to invoke non static method NS\K::plus() without an object
Given object is not an instance of the class this method was declared in
bool(true)
Function nope() does not exist
Method NS\K::nope() does not exist
Class "Nope" does not exist
