--TEST--
program: data structures and references (linked list with deep clone, BST in arrays, static refs, foreach by reference, copy semantics, globals, variable variables, goto, switch fallthrough, WeakMap/WeakReference, string offsets)
--FILE--
<?php
class ListNode { public function __construct(public mixed $val, public ?ListNode $next = null) {} }
class LinkedList implements Countable, IteratorAggregate {
    private ?ListNode $head = null; private int $n = 0;
    public static function of(...$xs): static { $l = new static; foreach (array_reverse($xs) as $x) $l->push($x); return $l; }
    public function push($v): void { $this->head = new ListNode($v, $this->head); $this->n++; }
    public function reverse(): void { $prev = null; $cur = $this->head; while ($cur) { $next = $cur->next; $cur->next = $prev; $prev = $cur; $cur = $next; } $this->head = $prev; }
    public function count(): int { return $this->n; }
    public function getIterator(): Generator { for ($c = $this->head; $c !== null; $c = $c->next) yield $c->val; }
    public function __clone() { $vals = iterator_to_array($this, false); $this->head = null; $this->n = 0; foreach (array_reverse($vals) as $v) $this->push($v); }
    public function __toString(): string { return '[' . implode(' -> ', iterator_to_array($this, false)) . ']'; }
}
$l = LinkedList::of(1, 2, 3, 4);
$c = clone $l;
$l->reverse();
echo $l, ' ', $c, ' ', count($l), "\n";

class BST {
    private ?array $root = null;
    public function insert(int $k): void { $this->root = $this->ins($this->root, $k); }
    private function ins(?array $n, int $k): array {
        if ($n === null) return ['k' => $k, 'l' => null, 'r' => null];
        if ($k < $n['k']) $n['l'] = $this->ins($n['l'], $k); elseif ($k > $n['k']) $n['r'] = $this->ins($n['r'], $k);
        return $n;
    }
    public function inorder(): array { $out = []; $walk = function (?array $n) use (&$walk, &$out) { if (!$n) return; $walk($n['l']); $out[] = $n['k']; $walk($n['r']); }; $walk($this->root); return $out; }
    public function height(?array $n = null, bool $top = true): int { if ($top) $n = $this->root; if (!$n) return 0; return 1 + max($this->height($n['l'], false), $this->height($n['r'], false)); }
}
$t = new BST;
foreach ([50, 30, 70, 20, 40, 60, 80, 35, 45, 65] as $k) $t->insert($k);
echo implode(',', $t->inorder()), ' h=', $t->height(), "\n";

function &counterRef(): int { static $c = 0; $c++; return $c; }
$r = &counterRef(); $r += 100; echo counterRef(), "\n";
$config = ['a' => 1, 'b' => 2];
foreach ($config as $k => &$v) { $v = "$k=$v"; }
unset($v);
echo implode('&', $config), "\n";
$matrix = [[1, 2], [3, 4]];
foreach ($matrix as &$row) foreach ($row as &$cell) $cell *= 10;
unset($row, $cell);
echo json_encode($matrix), "\n";
$a = [1, 2, 3]; $b = &$a; $b[] = 4; $c2 = $a; $c2[] = 5; echo count($a), count($b), count($c2), "\n";
function addOne(array $arr) { $arr[] = 1; return $arr; } function addOneRef(array &$arr) { $arr[] = 1; }
$x = [0]; addOne($x); addOneRef($x); echo count($x), "\n";
$obj = new stdClass; $obj->list = [1]; $copy = $obj; $copy->list[] = 2; $cl = clone $obj; $cl->list[] = 3; echo count($obj->list), count($cl->list), "\n";
$GLOBALS['gv'] = 'global!'; function readGlobal() { global $gv; return $gv . ' ' . $GLOBALS['gv']; } echo readGlobal(), "\n";
$name = 'dyn'; $$name = 'variable variable'; echo $dyn, ' ', ${'d' . 'yn'}, "\n";
$arr = ['k1' => 'v1']; $key = 'k1'; echo "{$arr[$key]} $arr[k1]\n";
extract(['e1' => 1, 'e2' => 2]); echo compact('e1', 'e2')['e2'] + $e1, "\n";
$i = 0; loop: $i++; if ($i < 3) goto loop; echo "goto $i\n";
switch (true) { case $i > 5: echo "big\n"; break; case $i > 2: echo "mid\n"; case $i > 1: echo "fallthrough\n"; break; default: echo "small\n"; }
$val = 3; $res = match(true) { $val < 2 => 'low', $val < 5 => 'mid', default => 'high' }; echo $res, "\n";
try { echo match($val) { 1 => 'a', 2 => 'b' }; } catch (\UnhandledMatchError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$wm = new WeakMap(); $k1 = new stdClass; $wm[$k1] = 'meta'; echo count($wm), ' '; unset($k1); echo count($wm), "\n";
$wr = WeakReference::create($obj); var_dump($wr->get() === $obj); unset($obj, $copy); var_dump($wr->get());
$s = 'abc'; $s[1] = 'X'; $s[5] = 'Y'; var_dump($s); echo $s[-1], "\n";
--EXPECT--
[4 -> 3 -> 2 -> 1] [1 -> 2 -> 3 -> 4] 4
20,30,35,40,45,50,60,65,70,80 h=4
102
a=1&b=2
[[10,20],[30,40]]
445
2
23
global! global!
variable variable variable variable
v1 v1
3
goto 3
mid
fallthrough
mid
UnhandledMatchError: Unhandled match case 3
1 0
bool(true)
NULL
string(6) "aXc  Y"
Y
