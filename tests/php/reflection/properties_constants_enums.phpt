--TEST--
ReflectionProperty, ReflectionClassConstant, ReflectionEnum and its cases
--FILE--
<?php
class Base { private $basePriv = 'bp'; }
class Item extends Base {
    /** The id. */
    public int $id;
    protected static $registry = ['a'];
    private string $secret = 's3cret';
    public $noDefault;
    public function __construct(public readonly string $label = 'x') {}
    final public const VERSION = '1.0';
    private const HIDDEN = 42;
}
$i = new Item('lbl');
$p = new ReflectionProperty(Item::class, 'secret');
$p->setAccessible(true);
var_dump($p->getValue($i), $p->isPrivate(), $p->hasType(), (string) $p->getType(), $p->hasDefaultValue(), $p->getDefaultValue());
$p->setValue($i, 'changed');
var_dump($p->getValue($i));
$id = new ReflectionProperty('Item', 'id');
var_dump($id->isInitialized($i), $id->hasDefaultValue(), $id->getDocComment(), $id->getModifiers());
$id->setValue($i, 7);
var_dump($id->isInitialized($i), $i->id);
$s = new ReflectionProperty('Item', 'registry');
var_dump($s->isStatic(), $s->getValue(), $s->getDefaultValue(), Reflection::getModifierNames($s->getModifiers()));
$s->setValue(['b']);
var_dump($s->getValue());
$l = new ReflectionProperty('Item', 'label');
var_dump($l->isReadOnly(), $l->isPromoted(), $l->hasDefaultValue(), Reflection::getModifierNames($l->getModifiers()));
$n = new ReflectionProperty('Item', 'noDefault');
var_dump($n->hasDefaultValue(), $n->getDefaultValue(), $n->getDeclaringClass()->name, $n->isDefault());
var_dump($p);
try { $id->getValue(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $id->getValue(new stdClass); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }

$c = new ReflectionClassConstant('Item', 'VERSION');
var_dump($c);
var_dump($c->getValue(), $c->isFinal(), $c->isPublic(), $c->getDocComment(), $c->getDeclaringClass()->getName(), $c->getModifiers());
$h = new ReflectionClassConstant('Item', 'HIDDEN');
var_dump($h->getValue(), $h->isPrivate(), Reflection::getModifierNames($h->getModifiers()));

enum Status: int {
    case Active = 1;
    case Off = 0;
    const DEFAULT = self::Active;
}
enum Plain { case A; case B; }
$e = new ReflectionEnum(Status::class);
var_dump($e->isBacked(), (string) $e->getBackingType(), $e->hasCase('Off'), $e->hasCase('DEFAULT'));
foreach ($e->getCases() as $case) {
    var_dump(get_class($case), $case->getName(), $case->getValue(), $case->getBackingValue(), $case->getEnum()->getName());
}
var_dump($e->getCase('Active')->isEnumCase());
try { $e->getCase('DEFAULT'); } catch (ReflectionException $ex) { echo $ex->getMessage(), "\n"; }
try { $e->getCase('Nope'); } catch (ReflectionException $ex) { echo $ex->getMessage(), "\n"; }
$pe = new ReflectionEnum('Plain');
var_dump($pe->isBacked(), $pe->getBackingType(), get_class($pe->getCases()[1]), $pe->getCases()[1]->getValue());
$u = new ReflectionEnumUnitCase(Plain::class, 'A');
var_dump($u->getValue() === Plain::A);
try { new ReflectionProperty('Item', 'basePriv'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { new ReflectionClassConstant('Item', 'NOPE'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { new ReflectionEnum('Item'); } catch (ReflectionException $ex) { echo $ex->getMessage(), "\n"; }
try { new ReflectionEnumBackedCase(Plain::class, 'A'); } catch (ReflectionException $ex) { echo $ex->getMessage(), "\n"; }
--EXPECT--
string(6) "s3cret"
bool(true)
bool(true)
string(6) "string"
bool(true)
string(6) "s3cret"
string(7) "changed"
bool(false)
bool(false)
string(14) "/** The id. */"
int(1)
bool(true)
int(7)
bool(true)
array(1) {
  [0]=>
  string(1) "a"
}
array(1) {
  [0]=>
  string(1) "a"
}
array(2) {
  [0]=>
  string(9) "protected"
  [1]=>
  string(6) "static"
}
array(1) {
  [0]=>
  string(1) "b"
}
bool(true)
bool(true)
bool(false)
array(2) {
  [0]=>
  string(6) "public"
  [1]=>
  string(8) "readonly"
}
bool(true)
NULL
string(4) "Item"
bool(true)
object(ReflectionProperty)#2 (2) {
  ["name"]=>
  string(6) "secret"
  ["class"]=>
  string(4) "Item"
}
ReflectionProperty::getValue(): Argument #1 ($object) must be provided for instance properties
Given object is not an instance of the class this property was declared in
object(ReflectionClassConstant)#7 (2) {
  ["name"]=>
  string(7) "VERSION"
  ["class"]=>
  string(4) "Item"
}
string(3) "1.0"
bool(true)
bool(true)
bool(false)
string(4) "Item"
int(33)
int(42)
bool(true)
array(1) {
  [0]=>
  string(7) "private"
}
bool(true)
string(3) "int"
bool(true)
bool(false)
string(24) "ReflectionEnumBackedCase"
string(6) "Active"
enum(Status::Active)
int(1)
string(6) "Status"
string(24) "ReflectionEnumBackedCase"
string(3) "Off"
enum(Status::Off)
int(0)
string(6) "Status"
bool(true)
Status::DEFAULT is not a case
Case Status::Nope does not exist
bool(false)
NULL
string(22) "ReflectionEnumUnitCase"
enum(Plain::B)
bool(true)
Property Item::$basePriv does not exist
Constant Item::NOPE does not exist
Class "Item" is not an enum
Enum case Plain::A is not a backed case
