--TEST--
gc: destructors of garbage run first, in order; an object its destructor stores survives
--FILE--
<?php
class Node {
    public $children = [];
    public $parent;
    function __construct(public $name) {}
    function add(Node $c) { $c->parent = $this; $this->children[] = $c; return $this; }
    function __destruct() { echo "destruct {$this->name}\n"; }
}
$root = (new Node('root'))->add(new Node('a'))->add(new Node('b'));
unset($root);
echo "before\n";
var_dump(gc_collect_cycles());
echo "after\n";

class Phoenix {
    public $self;
    static $saved;
    function __destruct() { echo "phoenix destructed\n"; self::$saved = $this; }
}
$p = new Phoenix;
$p->self = $p;
unset($p);
var_dump(gc_collect_cycles());
var_dump(Phoenix::$saved instanceof Phoenix);
Phoenix::$saved = null;
var_dump(gc_collect_cycles());
echo "end\n";
?>
--EXPECT--
before
destruct root
destruct a
destruct b
int(4)
after
phoenix destructed
int(0)
bool(true)
int(1)
end
