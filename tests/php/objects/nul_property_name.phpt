--TEST--
property names starting with NUL: an Error outside the magic methods that may take them
--FILE--
<?php
class A {}
class M {
    function __get($n) { echo "get ", strlen($n), "\n"; return $this->$n; }
    function __set($n, $v) { echo "set ", strlen($n), "\n"; $this->$n = $v; }
    function __unset($n) { echo "unset ", strlen($n), "\n"; unset($this->$n); }
}
$a = new A; $m = new M; $p = "\0x";
$cases = [
    fn() => $a->$p,
    fn() => $a->$p = 1,
    function () use ($a, $p) { unset($a->$p); return "unset"; },
    fn() => isset($a->$p),
    fn() => $a->$p ?? "dflt",
    fn() => $m->$p,
    fn() => $m->$p = 2,
    function () use ($m, $p) { unset($m->$p); return "unset"; },
];
foreach ($cases as $i => $f) {
    try { var_dump($f()); } catch (Error $e) { echo $i, ": ", $e->getMessage(), "\n"; }
}
$o = (object) ["\0x" => 1];
var_dump(count((array) $o));
--EXPECT--
0: Cannot access property starting with "\0"
1: Cannot access property starting with "\0"
2: Cannot access property starting with "\0"
bool(false)
string(4) "dflt"
get 2
5: Cannot access property starting with "\0"
set 2
6: Cannot access property starting with "\0"
unset 2
7: Cannot access property starting with "\0"
int(1)
