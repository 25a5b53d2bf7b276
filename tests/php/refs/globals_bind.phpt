--TEST--
References bound through $GLOBALS['k'] = &$x and `global $$name`
--FILE--
<?php
function bind_local() { $o = new stdClass; $o->n = 1; $GLOBALS['g1'] = &$o; $o->n = 2; }
bind_local();
var_dump($g1);

class Keeper {
    public $name = 'k';
    function __construct() { $GLOBALS['kept'] = &$this; $GLOBALS['kept']->name = 'set in ctor'; }
}
new Keeper;
var_dump($kept->name);

function chain() { $GLOBALS['g2'] = &$GLOBALS['g1']; }
chain();
$g2->n = 3;
var_dump($g1->n);

$a = 1; $b = 2;
function dyn($names) {
    foreach ($names as $n) {
        global $$n;
        $$n *= 10;
    }
    global ${'a' . 'b'};
    $ab = 'folded';
}
dyn(['a', 'b']);
var_dump($a, $b, $ab);

function plain(int $x) { return $x; }
try {
    array_map('plain', ['nope']);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    plain('nope');
} catch (TypeError $e) {
    echo preg_replace('/ in .* on/', ' in F on', $e->getMessage()), "\n";
}

list($p, $q) = 20;
list($r) = "ab";
var_dump($p, $q, $r);
?>
--EXPECT--
object(stdClass)#1 (1) {
  ["n"]=>
  int(2)
}
string(11) "set in ctor"
int(3)
int(10)
int(20)
string(6) "folded"
plain(): Argument #1 ($x) must be of type int, string given
plain(): Argument #1 ($x) must be of type int, string given, called in F on line 37
NULL
NULL
NULL
