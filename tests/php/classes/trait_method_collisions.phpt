--TEST--
trait methods meet as zend_add_trait_method has them: one method reached through two traits is no collision, an abstract one yields to an implementation in either order, an alias collides like a method
--FILE--
<?php
trait A { public function a() { echo "A::a\n"; } }
trait B { use A; }
trait C { use A; }
class D { use B, C; }
(new D)->a();

trait Needs { abstract public function hello(); }
trait Gives { public function hello() { echo "hello\n"; } }
class E { use Needs; use Gives; }
class F { use Gives, Needs; }
(new E)->hello();
(new F)->hello();

trait Hello { public function hello() { echo "Hello\n"; } }
trait World { public function world() { echo "World\n"; } }
class G { use Hello, World { hello as world; } }
echo "not reached\n";
--EXPECTF--
A::a
hello
hello

Fatal error: Trait method World::world has not been applied as G::world, because of collision with Hello::world in %s on line %d
