--TEST--
A back reference into the values of a nested unserialize() (Serializable::unserialize) that failed fails the outer unserialize(); one into a nested call that succeeded still works
--FILE--
<?php
class Holder implements Serializable {
    public $data;
    function serialize() { return serialize($this->data); }
    function unserialize($data) { $this->data = unserialize($data); }
}
$bad = 'a:1:{i:0;O:8:"stdClass":1:{s:1:"x";i:1;}';
$outer = 'a:2:{i:0;C:6:"Holder":' . strlen($bad) . ':{' . $bad . '}i:1;R:4;}';
var_dump(unserialize($outer));
$good = 'a:1:{i:0;O:8:"stdClass":1:{s:1:"x";i:1;}}';
$outer = 'a:2:{i:0;C:6:"Holder":' . strlen($good) . ':{' . $good . '}i:1;r:4;}';
$r = unserialize($outer);
var_dump(get_class($r[0]), $r[0]->data[0] === $r[1], $r[1]->x);
?>
--EXPECTF--
Deprecated: Holder implements the Serializable interface, which is deprecated. Implement __serialize() and __unserialize() instead (or in addition, if support for old PHP versions is necessary) in %s/tests/php/stdlib/unserialize_failed_nested_refs.php on line 2

Notice: unserialize(): Error at offset 40 of 40 bytes in %s/tests/php/stdlib/unserialize_failed_nested_refs.php on line 5

Notice: unserialize(): Error at offset 75 of 76 bytes in %s/tests/php/stdlib/unserialize_failed_nested_refs.php on line 9
bool(false)
string(6) "Holder"
bool(true)
int(1)
