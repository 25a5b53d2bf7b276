<?php
namespace App\Models;
use Foo\Bar;
use Foo\{Baz, Qux as Q};
use function Foo\fn1, Foo\fn2 as f2;
use const Foo\C1;
use Other\{function g1, const K1};
class User extends Bar implements \Countable { function count(): int { return 0; } }
$a = new Bar; $b = new Baz; $c = new Q; $d = new \DateTime; $e = new namespace\User; $f = new Sub\X;
fn1(); f2(); g1(); strlen($a); \strlen($a); namespace\h();
$g = C1; $h = K1; $i = FOO; $j = \FOO; $k = Sub\BAR; $l = __NAMESPACE__;
$m = Bar::class; $n = User::class; $o = $a instanceof Bar;
function helper() { return __FUNCTION__; }
