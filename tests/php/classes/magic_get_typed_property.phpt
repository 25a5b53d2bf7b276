--TEST--
What __get returns for an unset typed property is coerced to (or checked against) its type
--FILE--
<?php
class Test {
    public int $val;
    public ?string $s;
    public function __get($name) { return $name === 'val' ? "42" : []; }
}
$t = new Test;
unset($t->val, $t->s);
var_dump($t->val);
try { var_dump($t->s); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
int(42)
Cannot assign array to property Test::$s of type ?string
