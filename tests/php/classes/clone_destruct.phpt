--TEST--
clone, __clone, destructors and their order
--FILE--
<?php
class Node {
    public $children = [];
    public function __construct(public string $name) { echo "make $name\n"; }
    public function __clone() { echo "clone {$this->name}\n"; $this->name .= "-copy"; }
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
function scope() { $n = new Node("local"); echo "in scope\n"; }
scope();
$a = new Node("a");
$b = clone $a;
$a->children[] = new Node("child");
$c = clone $a;
echo count($c->children), " ", $c->children[0] === $a->children[0] ? "shared" : "copied", "\n";
$b = null;
echo "after b\n";
unset($a);
echo "end\n";
--EXPECT--
make local
in scope
destroy local
make a
clone a
make child
clone a
1 shared
destroy a-copy
after b
destroy a
end
destroy a-copy
destroy child
