--TEST--
an anonymous class is named class@anonymous in var_dump, print_r and engine messages
--FILE--
<?php
$o = new class {
    public int $n = 1;
    private $secret = 2;
};
var_dump($o);
print_r($o);
echo "\n";
echo strlen(get_class($o)) > strlen("class@anonymous") ? "full name kept\n" : "cut\n";
try {
    $o->n = "x";
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
echo $o->missing ?? "coalesced", "\n";
echo @$o->missing, "|\n";
set_error_handler(function ($no, $msg) { echo "handler: $msg\n"; return true; });
echo $o->missing;
$p = new class extends ArrayObject {};
var_dump($p);
try {
    $o->nope();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
object(class@anonymous)#1 (2) {
  ["n"]=>
  int(1)
  ["secret":"class@anonymous":private]=>
  int(2)
}
class@anonymous Object
(
    [n] => 1
    [secret:class@anonymous:private] => 2
)

full name kept
Cannot assign string to property class@anonymous::$n of type int
coalesced
|
handler: Undefined property: class@anonymous::$missing
object(ArrayObject@anonymous)#4 (1) {
  ["storage":"ArrayObject":private]=>
  array(0) {
  }
}
Call to undefined method class@anonymous::nope()
