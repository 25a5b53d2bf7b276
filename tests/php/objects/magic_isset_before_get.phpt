--TEST--
?? on an inaccessible property asks __isset first and calls __get only when it says true
--FILE--
<?php
class Lazy {
    private $hidden = 'h';
    public function __isset($n) { echo "isset($n) "; return in_array($n, ['a', 'hidden']); }
    public function __get($n) { echo "get($n) "; return strtoupper($n); }
}
$l = new Lazy;
var_dump($l->a ?? 'none', $l->z ?? 'none', $l->hidden ?? 'none', isset($l->z), empty($l->a), $l->z);
class OnlyGet { public function __get($n) { return "got $n"; } }
var_dump((new OnlyGet)->x ?? 'none');
class OnlyIsset { public function __isset($n) { return true; } }
var_dump((new OnlyIsset)->x ?? 'none');
--EXPECT--
isset(a) get(a) isset(z) isset(hidden) get(hidden) isset(z) isset(a) get(a) get(z) string(1) "A"
string(4) "none"
string(6) "HIDDEN"
bool(false)
bool(false)
string(1) "Z"
string(5) "got x"
string(4) "none"
