--TEST--
unserialize() reports object record errors at the offsets PHP's reader stops at
--FILE--
<?php
class A { public $a; }
foreach (['O:1:"A":1x{s:1:"a";N;}', 'O:1:"A":1:xs:1:"a";N;}', 'O:8:"stdClass :0:{}', 'O:8:"stdClass"+0:{}',
          'O:1000:"stdClass":0:{}', 'O:0:"":0:{}', 'O:1:"X":1000000000:{}', 'O:3:"obj":1:{', 'O:1:"A"'] as $s) {
    var_dump(unserialize($s));
}
--EXPECTF--
Notice: unserialize(): Error at offset 9 of 22 bytes in %s/tests/php/objects/unserialize_error_offsets.php on line 5
bool(false)

Notice: unserialize(): Error at offset 10 of 22 bytes in %s/tests/php/objects/unserialize_error_offsets.php on line 5
bool(false)

Notice: unserialize(): Error at offset 13 of 19 bytes in %s/tests/php/objects/unserialize_error_offsets.php on line 5
bool(false)

Notice: unserialize(): Error at offset 14 of 19 bytes in %s/tests/php/objects/unserialize_error_offsets.php on line 5
bool(false)

Notice: unserialize(): Error at offset 2 of 22 bytes in %s/tests/php/objects/unserialize_error_offsets.php on line 5
bool(false)

Notice: unserialize(): Error at offset 2 of 11 bytes in %s/tests/php/objects/unserialize_error_offsets.php on line 5
bool(false)

Notice: unserialize(): Error at offset 18 of 21 bytes in %s/tests/php/objects/unserialize_error_offsets.php on line 5
bool(false)

Notice: unserialize(): Error at offset 13 of 13 bytes in %s/tests/php/objects/unserialize_error_offsets.php on line 5
bool(false)

Notice: unserialize(): Error at offset 7 of 7 bytes in %s/tests/php/objects/unserialize_error_offsets.php on line 5
bool(false)
