--TEST--
ReflectionExtension (name, version, functions and classes of an extension) and ReflectionReference
--FILE--
<?php
$e = new ReflectionExtension('spl');
var_dump($e, $e->getName(), $e->getVersion() === PHP_VERSION, $e->isPersistent(), $e->isTemporary());
var_dump(in_array('ArrayObject', $e->getClassNames()), isset($e->getFunctions()['iterator_to_array']));
var_dump((new ReflectionExtension('pcre'))->getFunctions()['preg_match'] instanceof ReflectionFunction);
try { new ReflectionExtension('nope'); } catch (ReflectionException $x) { echo $x->getMessage(), "\n"; }
function mine() {}
var_dump((new ReflectionFunction('sort'))->getExtensionName(), (new ReflectionFunction('mine'))->getExtension());
var_dump((new ReflectionClass('ArrayIterator'))->getExtension()->getName(), (new ReflectionClass('stdClass'))->getExtensionName());
var_dump((new ReflectionMethod('ArrayObject', 'count'))->getExtensionName());

$a = [1, 2, 3];
$r = &$a[1];
$b = [&$a[1], 5];
var_dump(ReflectionReference::fromArrayElement($a, 0));
$x = ReflectionReference::fromArrayElement($a, 1);
var_dump(get_class($x), $x->getId() === ReflectionReference::fromArrayElement($b, 0)->getId());
try { ReflectionReference::fromArrayElement($a, 9); } catch (ReflectionException $x) { echo $x->getMessage(), "\n"; }
try { serialize($x); } catch (Exception $x) { echo $x->getMessage(), "\n"; }
--EXPECT--
object(ReflectionExtension)#1 (1) {
  ["name"]=>
  string(3) "SPL"
}
string(3) "SPL"
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
Extension "nope" does not exist
string(8) "standard"
NULL
string(3) "SPL"
string(4) "Core"
string(3) "SPL"
NULL
string(19) "ReflectionReference"
bool(true)
Array key not found
