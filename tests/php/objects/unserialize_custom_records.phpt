--TEST--
unserialize() of C: records: PHP's offsets and "Insufficient data" warning; non-serializable classes are named as themselves; class names with invalid bytes fail at the record
--FILE--
<?php
class A implements Serializable {
    public function serialize() {} public function unserialize($data) {}
    public function __serialize() {} public function __unserialize($data) {}
}
foreach (['C:1:"A":3x{foo}', 'C:1:"A":3:xfoo}', 'C:1:"A":3:{foox', 'C:1:"A":1000:{}', 'O:3:"A-B":0:{}'] as $s) {
    var_dump(unserialize($s));
}
class MyInfo extends SplFileInfo {}
try { serialize(new MyInfo('x')); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { unserialize('O:6:"MyInfo":0:{}'); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
Notice: unserialize(): Error at offset 9 of 15 bytes in %s/tests/php/objects/unserialize_custom_records.php on line 7
bool(false)

Notice: unserialize(): Error at offset 10 of 15 bytes in %s/tests/php/objects/unserialize_custom_records.php on line 7
bool(false)

Notice: unserialize(): Error at offset 14 of 15 bytes in %s/tests/php/objects/unserialize_custom_records.php on line 7
bool(false)

Warning: Insufficient data for unserializing - 1000 required, 1 present in %s/tests/php/objects/unserialize_custom_records.php on line 7

Notice: unserialize(): Error at offset 14 of 15 bytes in %s/tests/php/objects/unserialize_custom_records.php on line 7
bool(false)

Notice: unserialize(): Error at offset 0 of 14 bytes in %s/tests/php/objects/unserialize_custom_records.php on line 7
bool(false)
Serialization of 'MyInfo' is not allowed
Unserialization of 'MyInfo' is not allowed
