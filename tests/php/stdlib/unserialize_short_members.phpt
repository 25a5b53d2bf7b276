--TEST--
unserialize: a record closed before its announced members notices "Unexpected end of serialized data" before the offset
--FILE--
<?php
class T { public function __unserialize(array $d) {} }
var_dump(unserialize('O:1:"T":1:{}'));
var_dump(unserialize('a:2:{i:0;i:1;}'));
var_dump(unserialize('a:1:{i:0;}'));
var_dump(unserialize('a:1:{i:0;i:1;}'));
--EXPECTF--
Notice: unserialize(): Unexpected end of serialized data in %s/tests/php/stdlib/unserialize_short_members.php on line 3

Notice: unserialize(): Error at offset 11 of 12 bytes in %s/tests/php/stdlib/unserialize_short_members.php on line 3
bool(false)

Notice: unserialize(): Unexpected end of serialized data in %s/tests/php/stdlib/unserialize_short_members.php on line 4

Notice: unserialize(): Error at offset 13 of 14 bytes in %s/tests/php/stdlib/unserialize_short_members.php on line 4
bool(false)

Notice: unserialize(): Unexpected end of serialized data in %s/tests/php/stdlib/unserialize_short_members.php on line 5

Notice: unserialize(): Error at offset 9 of 10 bytes in %s/tests/php/stdlib/unserialize_short_members.php on line 5
bool(false)
array(1) {
  [0]=>
  int(1)
}
