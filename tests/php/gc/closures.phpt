--TEST--
gc: closures capturing $this or themselves
--FILE--
<?php
class Button {
    public $onClick;
    function __construct() { $this->onClick = function () { return $this; }; }
    function __destruct() { echo "button gone\n"; }
}
new Button;
var_dump(gc_collect_cycles());

$f = function () use (&$f) { return 1; };
unset($f);
var_dump(gc_collect_cycles());

$o = new stdClass;
$o->fn = fn() => $o;
unset($o);
var_dump(gc_collect_cycles());

function counter() {
    static $n = 0;
    return ++$n;
}
counter();
var_dump(gc_collect_cycles());
?>
--EXPECT--
button gone
int(2)
int(1)
int(2)
int(0)
