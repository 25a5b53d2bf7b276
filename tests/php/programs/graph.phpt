--TEST--
program: graph algorithms (Dijkstra with SplPriorityQueue, BFS with SplQueue, DFS generator with yield from, Kahn with SplMinHeap, Kruskal with union-find closure, SplHeap subclass, SplStack, SplDoublyLinkedList, SplFixedArray errors)
--FILE--
<?php
declare(strict_types=1);

final class Graph
{
    /** @var array<string, array<string, int>> */
    private array $adj = [];

    public function edge(string $a, string $b, int $w, bool $both = true): self
    {
        $this->adj[$a][$b] = $w;
        $this->adj[$b] ??= [];
        if ($both) {
            $this->adj[$b][$a] = $w;
        }
        return $this;
    }

    public function nodes(): array
    {
        $n = array_keys($this->adj);
        sort($n);
        return $n;
    }

    /** Dijkstra with SplPriorityQueue (negated distances as priorities). */
    public function shortest(string $from): array
    {
        $dist = array_fill_keys(array_keys($this->adj), INF);
        $prev = [];
        $dist[$from] = 0;
        $pq = new SplPriorityQueue();
        $pq->insert($from, 0);
        $visited = [];
        while (!$pq->isEmpty()) {
            $u = $pq->extract();
            if (isset($visited[$u])) {
                continue;
            }
            $visited[$u] = true;
            foreach ($this->adj[$u] as $v => $w) {
                $alt = $dist[$u] + $w;
                if ($alt < $dist[$v]) {
                    $dist[$v] = $alt;
                    $prev[$v] = $u;
                    $pq->insert($v, -$alt);
                }
            }
        }
        return [$dist, $prev];
    }

    public function path(array $prev, string $to): array
    {
        $path = [$to];
        while (isset($prev[$to])) {
            $to = $prev[$to];
            array_unshift($path, $to);
        }
        return $path;
    }

    public function bfs(string $start): array
    {
        $q = new SplQueue();
        $q->enqueue([$start, 0]);
        $seen = [$start => 0];
        while (!$q->isEmpty()) {
            [$u, $d] = $q->dequeue();
            $next = array_keys($this->adj[$u]);
            sort($next);
            foreach ($next as $v) {
                if (!array_key_exists($v, $seen)) {
                    $seen[$v] = $d + 1;
                    $q->enqueue([$v, $d + 1]);
                }
            }
        }
        return $seen;
    }

    public function dfs(string $u, array &$seen = [], int $depth = 0): Generator
    {
        $seen[$u] = true;
        yield $u => $depth;
        $next = array_keys($this->adj[$u]);
        rsort($next);
        foreach ($next as $v) {
            if (!isset($seen[$v])) {
                yield from $this->dfs($v, $seen, $depth + 1);
            }
        }
    }

    /** Kahn's algorithm on the directed view. */
    public function topo(): array
    {
        $in = array_fill_keys(array_keys($this->adj), 0);
        foreach ($this->adj as $edges) {
            foreach ($edges as $v => $_) {
                $in[$v]++;
            }
        }
        $heap = new SplMinHeap();
        foreach ($in as $n => $deg) {
            if ($deg === 0) {
                $heap->insert($n);
            }
        }
        $order = [];
        while (!$heap->isEmpty()) {
            $n = $heap->extract();
            $order[] = $n;
            foreach ($this->adj[$n] as $v => $_) {
                if (--$in[$v] === 0) {
                    $heap->insert($v);
                }
            }
        }
        if (count($order) !== count($in)) {
            throw new RuntimeException('cycle detected among: ' . implode(',', array_keys(array_filter($in))));
        }
        return $order;
    }

    public function mst(): array
    {
        // Kruskal with union-find
        $edges = [];
        foreach ($this->adj as $a => $list) {
            foreach ($list as $b => $w) {
                if (strcmp($a, $b) < 0) {
                    $edges[] = [$w, $a, $b];
                }
            }
        }
        usort($edges, fn($x, $y) => [$x[0], $x[1], $x[2]] <=> [$y[0], $y[1], $y[2]]);
        $parent = [];
        $find = function (string $x) use (&$parent, &$find): string {
            $parent[$x] ??= $x;
            return $parent[$x] === $x ? $x : ($parent[$x] = $find($parent[$x]));
        };
        $tree = [];
        $total = 0;
        foreach ($edges as [$w, $a, $b]) {
            $ra = $find($a);
            $rb = $find($b);
            if ($ra !== $rb) {
                $parent[$ra] = $rb;
                $tree[] = "$a-$b($w)";
                $total += $w;
            }
        }
        return [$tree, $total];
    }
}

$g = (new Graph())
    ->edge('A', 'B', 4)->edge('A', 'C', 2)->edge('B', 'C', 5)->edge('B', 'D', 10)
    ->edge('C', 'E', 3)->edge('E', 'D', 4)->edge('D', 'F', 11)->edge('G', 'H', 1);

[$dist, $prev] = $g->shortest('A');
foreach ($g->nodes() as $n) {
    $d = $dist[$n];
    printf("A -> %s: %-4s %s\n", $n, is_infinite($d) ? 'inf' : $d, is_infinite($d) ? '(unreachable)' : implode(' > ', $g->path($prev, $n)));
}
echo 'bfs: ', json_encode($g->bfs('A')), "\n";
echo 'dfs: ';
foreach ($g->dfs('A') as $node => $depth) {
    echo str_repeat('.', $depth), $node, ' ';
}
echo "\n";
[$tree, $total] = $g->mst();
echo 'mst: ', implode(' ', $tree), " = $total\n";

$deps = (new Graph())
    ->edge('app', 'http', 1, false)->edge('app', 'db', 1, false)->edge('http', 'log', 1, false)
    ->edge('db', 'log', 1, false)->edge('db', 'config', 1, false)->edge('log', 'config', 1, false);
echo 'topo: ', implode(' ', $deps->topo()), "\n";
$deps->edge('config', 'app', 1, false);
try {
    $deps->topo();
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}

// heaps and queues directly
$h = new SplMaxHeap();
foreach ([5, 1, 9, 3, 9, -2] as $x) {
    $h->insert($x);
}
echo 'max heap: ';
foreach ($h as $x) {
    echo $x, ' ';
}
echo '| left ', count($h), "\n";

class TaskHeap extends SplHeap
{
    protected function compare(mixed $a, mixed $b): int
    {
        return [$b['due'], $a['name']] <=> [$a['due'], $b['name']];
    }
}
$tasks = new TaskHeap();
foreach ([['name' => 'write', 'due' => 3], ['name' => 'test', 'due' => 1], ['name' => 'ship', 'due' => 3], ['name' => 'plan', 'due' => 0]] as $t) {
    $tasks->insert($t);
}
echo 'tasks: ', implode(', ', array_map(fn($t) => "{$t['name']}@{$t['due']}", iterator_to_array($tasks, false))), "\n";

$stack = new SplStack();
foreach (str_split('({[]})') as $ch) {
    if (str_contains('({[', $ch)) {
        $stack->push($ch);
    } else {
        $open = $stack->pop();
        echo "$open$ch ";
    }
}
echo 'balanced=', var_export($stack->isEmpty(), true), "\n";
$dll = new SplDoublyLinkedList();
foreach (range(1, 5) as $i) {
    $dll->push($i * $i);
}
$dll->setIteratorMode(SplDoublyLinkedList::IT_MODE_LIFO);
echo implode(',', iterator_to_array($dll)), ' offset2=', $dll->offsetGet(2), ' top=', $dll->top(), ' bottom=', $dll->bottom(), "\n";
$fixed = SplFixedArray::fromArray([3, 1, 2]);
$fixed->setSize(5);
echo $fixed->getSize(), ' ', json_encode($fixed->toArray()), "\n";
try {
    $fixed[7] = 1;
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    (new SplQueue())->dequeue();
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    (new SplMinHeap())->top();
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
--EXPECT--
A -> A: 0    A
A -> B: 4    A > B
A -> C: 2    A > C
A -> D: 9    A > C > E > D
A -> E: 5    A > C > E
A -> F: 20   A > C > E > D > F
A -> G: inf  (unreachable)
A -> H: inf  (unreachable)
bfs: {"A":0,"B":1,"C":1,"D":2,"E":2,"F":3}
dfs: A .C ..E ...D ....F ....B 
mst: G-H(1) A-C(2) C-E(3) A-B(4) D-E(4) D-F(11) = 25
topo: app db http log config
cycle detected among: app,http,db,log,config
max heap: 9 9 5 3 1 -2 | left 0
tasks: plan@0, test@1, write@3, ship@3
[] {} () balanced=true
25,16,9,4,1 offset2=9 top=25 bottom=1
5 [3,1,2,null,null]
RuntimeException: Index invalid or out of range
RuntimeException: Can't shift from an empty datastructure
RuntimeException: Can't peek at an empty heap
