--TEST--
property names starting with NUL: an Error outside the magic methods that may take them
--FILE--
<?php
class A {}
class M {
    function __get($n) { echo "get ", strlen($n), "\n"; return $this->$n; }
    function __set($n, $v) { echo "set ", strlen($n), "\n"; $this->$n = $v; }
}
$a = new A; $p = "\0x";
foreach ([fn() => $a->$p, fn() => $a->$p = 1, function () use ($a, $p) { unset($a->$p); },
          fn() => isset($a->$p), fn() => $a->$p ?? "dflt", fn() => (new M)->$p, fn() => (new M)->$p = 2] as $i => $f) {
    try { var_dump($f()); } catch (Error $e) { echo $i, ": ", $e->getMessage(), "\n"; }
}
$o = (object) ["\0x" => 1];
var_dump(count((array) $o));
--EXPECTF--
Fatal error: Cannot use temporary expression in write context in %s/tests/php/objects/nul_property_name.php on line 9
