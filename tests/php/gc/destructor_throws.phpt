--TEST--
gc: exceptions thrown by destructors during a collection are chained
--FILE--
<?php
class T {
    public $other;
    function __construct(public $n) {}
    function __destruct() { throw new Exception("from {$this->n}"); }
}
$a = new T(1);
$b = new T(2);
$a->other = $b;
$b->other = $a;
unset($a, $b);
try {
    gc_collect_cycles();
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
    echo $e->getPrevious()?->getMessage(), "\n";
}
var_dump(gc_collect_cycles());
?>
--EXPECT--
from 2
from 1
int(0)
