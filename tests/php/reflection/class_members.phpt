--TEST--
ReflectionClass: methods, properties, constants, statics, defaults, instantiation
--FILE--
<?php
class P {
    private $hidden = 'p';
    protected $prot = 1;
    public function inherited() {}
    private function secret() {}
}
class A extends P {
    const X = 1;
    protected const Y = self::X + 1;
    public static $count = 5;
    private static $priv = 'ps';
    public int $typed;
    public $plain;
    public ?string $nullable = null;
    protected array $list = [1, 2];
    public function __construct(public int $a = 0, protected string $b = 'b') {}
    public static function make() { return new static; }
    protected function prot() {}
    private function priv() {}
    final public function fin() {}
}

$r = new ReflectionClass('A');
foreach ($r->getMethods() as $m) echo $m->class, '::', $m->name, "\n";
echo "--\n";
foreach ($r->getMethods(ReflectionMethod::IS_STATIC | ReflectionMethod::IS_FINAL) as $m) echo $m->name, "\n";
echo "--\n";
foreach ($r->getProperties() as $p) echo $p->class, '::$', $p->name, "\n";
echo "--\n";
foreach ($r->getProperties(ReflectionProperty::IS_PUBLIC) as $p) echo $p->name, "\n";
var_dump($r->hasMethod('MAKE'), $r->hasMethod('nope'), $r->hasProperty('hidden'), $r->hasProperty('prot'), $r->hasProperty('a'));
var_dump($r->getConstants(), $r->getConstant('Y'), $r->getConstant('Z'), $r->hasConstant('X'));
foreach ($r->getReflectionConstants() as $c) echo $c->getName(), ' ', implode(' ', Reflection::getModifierNames($c->getModifiers())), "\n";
var_dump($r->getStaticPropertyValue('count'), $r->getStaticPropertyValue('priv'), $r->getStaticPropertyValue('none', 'dflt'));
$r->setStaticPropertyValue('count', 10);
var_dump(A::$count);
var_dump($r->getDefaultProperties());
var_dump($r->getConstructor()->getName(), (new ReflectionClass('P'))->getConstructor());
$o = $r->newInstance(3, 'x');
var_dump($o);
var_dump($r->newInstanceArgs(['b' => 'named', 'a' => 7]));
var_dump($r->newInstanceWithoutConstructor());
try { $r->getMethod('nope'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { $r->getProperty('nope'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { $r->getStaticPropertyValue('nope'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { (new ReflectionClass('P'))->newInstance(1); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
class PrivCtor { private function __construct() {} }
try { (new ReflectionClass('PrivCtor'))->newInstance(); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
var_dump((new ReflectionClass('PrivCtor'))->isInstantiable());
$dyn = new stdClass; $dyn->foo = 1;
$ro = new ReflectionObject($dyn);
var_dump($ro->hasProperty('foo'), count($ro->getProperties()), (new ReflectionClass($dyn))->hasProperty('foo'));
--EXPECT--
A::__construct
A::make
A::prot
A::priv
A::fin
P::inherited
--
make
fin
--
A::$count
A::$priv
A::$typed
A::$plain
A::$nullable
A::$list
A::$a
A::$b
P::$prot
--
count
typed
plain
nullable
a
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
array(2) {
  ["X"]=>
  int(1)
  ["Y"]=>
  int(2)
}
int(2)
bool(false)
bool(true)
X public
Y protected
int(5)
string(2) "ps"
string(4) "dflt"
int(10)
array(6) {
  ["count"]=>
  int(5)
  ["priv"]=>
  string(2) "ps"
  ["plain"]=>
  NULL
  ["nullable"]=>
  NULL
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["prot"]=>
  int(1)
}
string(11) "__construct"
NULL
object(A)#2 (7) {
  ["hidden":"P":private]=>
  string(1) "p"
  ["prot":protected]=>
  int(1)
  ["typed"]=>
  uninitialized(int)
  ["plain"]=>
  NULL
  ["nullable"]=>
  NULL
  ["list":protected]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["a"]=>
  int(3)
  ["b":protected]=>
  string(1) "x"
}
object(A)#9 (7) {
  ["hidden":"P":private]=>
  string(1) "p"
  ["prot":protected]=>
  int(1)
  ["typed"]=>
  uninitialized(int)
  ["plain"]=>
  NULL
  ["nullable"]=>
  NULL
  ["list":protected]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["a"]=>
  int(7)
  ["b":protected]=>
  string(5) "named"
}
object(A)#9 (5) {
  ["hidden":"P":private]=>
  string(1) "p"
  ["prot":protected]=>
  int(1)
  ["typed"]=>
  uninitialized(int)
  ["plain"]=>
  NULL
  ["nullable"]=>
  NULL
  ["list":protected]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["a"]=>
  uninitialized(int)
  ["b":protected]=>
  uninitialized(string)
}
Method A::nope() does not exist
Property A::$nope does not exist
Property A::$nope does not exist
Class P does not have a constructor, so you cannot pass any constructor arguments
Access to non-public constructor of class PrivCtor
bool(false)
bool(true)
int(1)
bool(false)
