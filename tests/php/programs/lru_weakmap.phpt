--TEST--
program: LRU cache (ArrayAccess/Countable/IteratorAggregate with a generator), WeakMap with nested writes, WeakReference, SplObjectStorage
--FILE--
<?php
declare(strict_types=1);

/**
 * @template V
 */
final class LruCache implements ArrayAccess, Countable, IteratorAggregate
{
    private array $items = [];
    private int $hits = 0;
    private int $misses = 0;
    /** @var list<string> */
    private array $evicted = [];

    public function __construct(private readonly int $capacity)
    {
        if ($capacity < 1) {
            throw new InvalidArgumentException("capacity must be positive, got $capacity");
        }
    }

    public function offsetExists(mixed $key): bool
    {
        return array_key_exists($key, $this->items);
    }

    public function offsetGet(mixed $key): mixed
    {
        if (!array_key_exists($key, $this->items)) {
            $this->misses++;
            return null;
        }
        $this->hits++;
        $value = $this->items[$key];
        unset($this->items[$key]);
        $this->items[$key] = $value;
        return $value;
    }

    public function offsetSet(mixed $key, mixed $value): void
    {
        if ($key === null) {
            throw new LogicException('LruCache needs explicit keys');
        }
        unset($this->items[$key]);
        $this->items[$key] = $value;
        while (count($this->items) > $this->capacity) {
            $oldest = array_key_first($this->items);
            $this->evicted[] = (string) $oldest;
            unset($this->items[$oldest]);
        }
    }

    public function offsetUnset(mixed $key): void
    {
        unset($this->items[$key]);
    }

    public function count(): int
    {
        return count($this->items);
    }

    public function getIterator(): Generator
    {
        // most recent first
        foreach (array_reverse($this->items, true) as $k => $v) {
            yield $k => $v;
        }
    }

    public function stats(): string
    {
        $total = $this->hits + $this->misses;
        return sprintf('hits=%d misses=%d ratio=%s evicted=[%s]', $this->hits, $this->misses,
            $total ? number_format($this->hits / $total * 100, 1) . '%' : 'n/a', implode(',', $this->evicted));
    }
}

function fib_memo(int $n, LruCache $cache): int
{
    if ($n < 2) {
        return $n;
    }
    if (isset($cache[$n])) {
        return $cache[$n];
    }
    return $cache[$n] = fib_memo($n - 1, $cache) + fib_memo($n - 2, $cache);
}

$cache = new LruCache(3);
$cache['a'] = 1;
$cache['b'] = 2;
$cache['c'] = 3;
echo $cache['a'], "\n";      // a becomes most recent
$cache['d'] = 4;             // evicts b
var_dump(isset($cache['b']), isset($cache['a']), $cache['zz'] ?? 'default', empty($cache['c']));
foreach ($cache as $k => $v) {
    echo "$k=$v ";
}
echo "\ncount=", count($cache), ' ', $cache->stats(), "\n";
unset($cache['a']);
$cache[10] = 'ten';
$cache['10'] = 'TEN';
echo implode(',', array_keys(iterator_to_array($cache))), ' ', $cache[10], "\n";
try {
    $cache[] = 'x';
} catch (LogicException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    new LruCache(0);
} catch (InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}

$memo = new LruCache(5);
echo 'fib(40)=', fib_memo(40, $memo), ' ', $memo->stats() === '' ? '' : substr($memo->stats(), 0, 30), "\n";
echo 'keys: ', implode(' ', array_keys(iterator_to_array($memo))), "\n";

// object metadata without keeping objects alive: WeakMap
final class Session
{
    public function __construct(public string $user) {}
    public function __destruct()
    {
        echo "  (session {$this->user} destroyed)\n";
    }
}

$meta = new WeakMap();
$s1 = new Session('ann');
$s2 = new Session('bob');
$meta[$s1] = ['logins' => 1];
$meta[$s2] = ['logins' => 5];
$meta[$s1]['logins']++;
echo 'weakmap count=', count($meta), ' ann logins=', $meta[$s1]['logins'], "\n";
foreach ($meta as $obj => $data) {
    echo "  {$obj->user}: ", json_encode($data), "\n";
}
unset($s2);
echo 'after unset count=', count($meta), "\n";
var_dump(isset($meta[$s1]), $meta->offsetExists($s1));
try {
    $meta['str'] = 1;
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    echo $meta[new Session('tmp')];
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$ref = WeakReference::create($s1);
var_dump($ref->get() === $s1);
$s1 = null;
var_dump($ref->get(), count($meta));

// SplObjectStorage as a set with data
$storage = new SplObjectStorage();
$x = new stdClass;
$y = new stdClass;
$storage[$x] = 'first';
$storage->attach($y, 'second');
$storage->attach($x, 'again');
echo count($storage), ' ', $storage[$x], ' ', var_export($storage->contains($y), true), "\n";
$storage->detach($y);
foreach ($storage as $i => $o) {
    echo $i, ':', get_class($o), ':', $storage->getInfo(), "\n";
}
echo "end\n";
--EXPECT--
1
bool(false)
bool(true)
string(7) "default"
bool(false)
c=3 d=4 a=1 
count=3 hits=2 misses=0 ratio=100.0% evicted=[b]
10,c,d TEN
LogicException: LruCache needs explicit keys
capacity must be positive, got 0
fib(40)=102334155 hits=37 misses=0 ratio=100.0% 
keys: 40 38 39 37 36
weakmap count=2 ann logins=2
  ann: {"logins":2}
  bob: {"logins":5}
after unset count=2
bool(true)
bool(true)
WeakMap key must be an object
  (session tmp destroyed)
Error: Object Session#4 not contained in WeakMap
bool(true)
  (session ann destroyed)
NULL
int(1)
2 again true
0:stdClass:again
end
  (session bob destroyed)
