--TEST--
ReflectionClass: names, kinds, hierarchy, lines, doc comments
--FILE--
<?php
namespace N\Sub;

interface I {}
interface J extends I {}
trait T { public function fromTrait() {} }

/**
 * A doc comment.
 */
abstract class Base implements J {
    abstract function run();
}

final class Child extends Base implements \Countable {
    use T;
    public function run() {}
    public function count(): int { return 0; }
}

enum Suit: string { case Hearts = 'H'; case Spades = 'S'; }

$r = new \ReflectionClass(Child::class);
var_dump($r->getName(), $r->getShortName(), $r->getNamespaceName(), $r->inNamespace());
var_dump($r->isFinal(), $r->isAbstract(), $r->isInterface(), $r->isInstantiable(), $r->isUserDefined(), $r->isInternal());
var_dump($r->getParentClass()->getName(), $r->getInterfaceNames(), $r->getTraitNames());
var_dump($r->implementsInterface(I::class), $r->isSubclassOf(Base::class), $r->isSubclassOf(Child::class));
var_dump($r->isInstance(new Child), $r->isInstance(new \stdClass));
var_dump($r->getStartLine(), $r->getEndLine(), basename($r->getFileName()));
$b = new \ReflectionClass('n\sub\base');
var_dump($b->getName(), $b->isAbstract(), $b->isInstantiable(), $b->getDocComment(), $r->getDocComment());
var_dump((new \ReflectionClass(I::class))->isInterface(), (new \ReflectionClass(T::class))->isTrait());
var_dump((new \ReflectionClass(Suit::class))->isEnum(), (new \ReflectionClass(Suit::class))->isFinal());
$s = new \ReflectionClass('stdClass');
var_dump($s->isInternal(), $s->getFileName(), $s->getStartLine(), $s->getParentClass());
var_dump(array_keys($r->getInterfaces()));
var_dump($r);
try { new \ReflectionClass('Nope'); } catch (\ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { $r->implementsInterface(Base::class); } catch (\ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { $r->implementsInterface('Nope'); } catch (\ReflectionException $e) { echo $e->getMessage(), "\n"; }
$o = new \ReflectionObject(new Child);
var_dump($o->getName(), $o instanceof \ReflectionClass);
var_dump(\Reflection::getModifierNames($r->getModifiers()), \Reflection::getModifierNames($b->getModifiers()));
--EXPECT--
string(11) "N\Sub\Child"
string(5) "Child"
string(5) "N\Sub"
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
string(10) "N\Sub\Base"
array(3) {
  [0]=>
  string(7) "N\Sub\J"
  [1]=>
  string(7) "N\Sub\I"
  [2]=>
  string(9) "Countable"
}
array(1) {
  [0]=>
  string(7) "N\Sub\T"
}
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
int(15)
int(19)
string(16) "class_basics.php"
string(10) "N\Sub\Base"
bool(true)
bool(false)
string(25) "/**
 * A doc comment.
 */"
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
array(3) {
  [0]=>
  string(7) "N\Sub\J"
  [1]=>
  string(7) "N\Sub\I"
  [2]=>
  string(9) "Countable"
}
object(ReflectionClass)#1 (1) {
  ["name"]=>
  string(11) "N\Sub\Child"
}
Class "Nope" does not exist
N\Sub\Base is not an interface
Interface "Nope" does not exist
string(11) "N\Sub\Child"
bool(true)
array(1) {
  [0]=>
  string(5) "final"
}
array(1) {
  [0]=>
  string(8) "abstract"
}
