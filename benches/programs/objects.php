<?php
// Object creation: constructors with promoted properties, objects dropped
// right away and objects kept in an array.
class Pair
{
    public function __construct(public int $a, public int $b = 0)
    {
    }
}

class Node
{
    public array $kids = [];

    public function __construct(public string $name, public ?Node $parent = null)
    {
    }
}

$sum = 0;
for ($i = 0; $i < 400000; $i++) {
    $p = new Pair($i, $i & 7);
    $sum += $p->a + $p->b;
}
$kept = [];
for ($i = 0; $i < 200000; $i++) {
    $kept[] = new Node('n', $i & 1 ? null : new Node('p'));
}
foreach ($kept as $n) {
    $sum += $n->parent === null ? 1 : 2;
}
echo $sum, "\n";
