--TEST--
iterator_apply stops at the first false from the callback
--FILE--
<?php
class It extends ArrayIterator { function next(): void { echo "next "; parent::next(); } function valid(): bool { echo "valid "; return parent::valid(); } }
var_dump(iterator_apply(new It([1,2,3]), function () { echo "cb "; return false; }));
function g() { echo "g1 "; yield 1; echo "g2 "; yield 2; }
var_dump(iterator_apply(g(), fn() => true));

--EXPECT--
valid cb int(1)
g1 g2 int(2)
