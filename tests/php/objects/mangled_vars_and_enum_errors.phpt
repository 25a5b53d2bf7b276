--TEST--
get_mangled_object_vars ignores ArrayObject's storage; unserialize() of a missing enum case fails after the record; SensitiveParameterValue is not serializable
--FILE--
<?php
#[AllowDynamicProperties]
class A { public $pub = 1; protected $prot = 2; private $priv = 3; }
class B extends A { private $priv = 4; }
$b = new B; $b->dyn = 5; $b->{'7'} = 7;
var_export(get_mangled_object_vars($b)); echo "\n";
class AO extends ArrayObject { private $own = 1; }
var_export(get_mangled_object_vars(new AO(['x' => 'y']))); echo "\n";
try { get_mangled_object_vars([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
enum Suit { case Hearts; const C = 1; }
var_dump(unserialize('E:11:"Suit:Hearts";'), unserialize('E:10:"Suit:Clubs";'), unserialize('E:6:"Suit:C";'), unserialize('E:8:"Nope:Bar";'));
try { serialize(new SensitiveParameterValue(1)); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
array (
  'pub' => 1,
  '' . "\0" . '*' . "\0" . 'prot' => 2,
  '' . "\0" . 'A' . "\0" . 'priv' => 3,
  '' . "\0" . 'B' . "\0" . 'priv' => 4,
  'dyn' => 5,
  7 => 7,
)
array (
  '' . "\0" . 'AO' . "\0" . 'own' => 1,
)
get_mangled_object_vars(): Argument #1 ($object) must be of type object, array given

Warning: unserialize(): Undefined constant Suit::Clubs in %s/tests/php/objects/mangled_vars_and_enum_errors.php on line 11

Notice: unserialize(): Error at offset 18 of 18 bytes in %s/tests/php/objects/mangled_vars_and_enum_errors.php on line 11

Warning: unserialize(): Suit::C is not an enum case in %s/tests/php/objects/mangled_vars_and_enum_errors.php on line 11

Notice: unserialize(): Error at offset 13 of 13 bytes in %s/tests/php/objects/mangled_vars_and_enum_errors.php on line 11

Warning: unserialize(): Class 'Nope' not found in %s/tests/php/objects/mangled_vars_and_enum_errors.php on line 11

Notice: unserialize(): Error at offset 0 of 15 bytes in %s/tests/php/objects/mangled_vars_and_enum_errors.php on line 11
enum(Suit::Hearts)
bool(false)
bool(false)
bool(false)
Serialization of 'SensitiveParameterValue' is not allowed
