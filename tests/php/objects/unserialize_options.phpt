--TEST--
unserialize(): allowed_classes (incomplete objects, also in nested calls), max_depth, abstract classes, file objects refused
--FILE--
<?php
class A { public $x = 1; }
class B extends A {}
abstract class Abs {}
var_dump(unserialize(serialize([new A, new B]), ['allowed_classes' => ['b']]));
var_dump(get_class(unserialize(serialize(new A), ['allowed_classes' => false])));
foreach ([null, 1, ['A', 2]] as $bad) {
    try { unserialize('i:0;', ['allowed_classes' => $bad]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
try { unserialize('i:0;', ['max_depth' => -1]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$deep = str_repeat('a:1:{i:0;', 5) . 'i:0;' . str_repeat('}', 5);
var_dump(unserialize($deep, ['max_depth' => 5]) !== false, unserialize($deep, ['max_depth' => 4]));
ini_set('unserialize_max_depth', 3);
var_dump(unserialize($deep));
ini_set('unserialize_max_depth', 4096);
class Outer implements Serializable {
    public $inner;
    function serialize() { return serialize(new A); }
    function unserialize($s) { $this->inner = unserialize($s); }
}
var_dump(unserialize(serialize(new Outer), ['allowed_classes' => ['outer']]));
try { unserialize('O:3:"Abs":0:{}'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { unserialize('O:13:"SplFileObject":0:{}'); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { serialize(new SplFileInfo('x')); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
array(2) {
  [0]=>
  object(__PHP_Incomplete_Class)#2 (2) {
    ["__PHP_Incomplete_Class_Name"]=>
    string(1) "A"
    ["x"]=>
    int(1)
  }
  [1]=>
  object(B)#1 (1) {
    ["x"]=>
    int(1)
  }
}
string(22) "__PHP_Incomplete_Class"
unserialize(): Option "allowed_classes" must be of type array|bool, null given
unserialize(): Option "allowed_classes" must be of type array|bool, int given
unserialize(): Option "max_depth" must be greater than or equal to 0

Warning: unserialize(): Maximum depth of 4 exceeded. The depth limit can be changed using the max_depth unserialize() option or the unserialize_max_depth ini setting in %s/tests/php/objects/unserialize_options.php on line 12

Notice: unserialize(): Error at offset 41 of 54 bytes in %s/tests/php/objects/unserialize_options.php on line 12
bool(true)
bool(false)

Warning: unserialize(): Maximum depth of 3 exceeded. The depth limit can be changed using the max_depth unserialize() option or the unserialize_max_depth ini setting in %s/tests/php/objects/unserialize_options.php on line 14

Notice: unserialize(): Error at offset 32 of 54 bytes in %s/tests/php/objects/unserialize_options.php on line 14
bool(false)

Deprecated: Outer implements the Serializable interface, which is deprecated. Implement __serialize() and __unserialize() instead (or in addition, if support for old PHP versions is necessary) in %s/tests/php/objects/unserialize_options.php on line 16
object(Outer)#2 (1) {
  ["inner"]=>
  object(__PHP_Incomplete_Class)#3 (2) {
    ["__PHP_Incomplete_Class_Name"]=>
    string(1) "A"
    ["x"]=>
    int(1)
  }
}
Cannot instantiate abstract class Abs
Unserialization of 'SplFileObject' is not allowed
Serialization of 'SplFileInfo' is not allowed
