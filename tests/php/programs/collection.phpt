--TEST--
program: Laravel-style collection (static factories returning static, map/filter/reduce/groupBy/sortBy/chunk/flatten/pipe, ArrayAccess/IteratorAggregate/Countable/JsonSerializable, __get, subclasses keeping their class)
--FILE--
<?php
declare(strict_types=1);

/**
 * @template TKey of array-key
 * @template TValue
 */
class Collection implements ArrayAccess, IteratorAggregate, Countable, JsonSerializable
{
    final public function __construct(protected array $items = []) {}

    public static function make(iterable $items = []): static
    {
        return new static(is_array($items) ? $items : iterator_to_array($items));
    }

    public static function times(int $n, callable $fn): static
    {
        return static::make(array_map($fn, range(1, $n)));
    }

    public function map(callable $fn): static
    {
        $keys = array_keys($this->items);
        return new static(array_combine($keys, array_map($fn, $this->items, $keys)));
    }

    public function filter(?callable $fn = null): static
    {
        return new static($fn ? array_filter($this->items, $fn, ARRAY_FILTER_USE_BOTH) : array_filter($this->items));
    }

    public function reject(callable $fn): static
    {
        return $this->filter(fn($v, $k) => !$fn($v, $k));
    }

    public function reduce(callable $fn, mixed $initial = null): mixed
    {
        return array_reduce($this->items, $fn, $initial);
    }

    public function pluck(string $field, ?string $keyBy = null): static
    {
        return new static(array_column(array_map(fn($i) => (array) $i, $this->items), $field, $keyBy));
    }

    public function groupBy(string|callable $by): static
    {
        $groups = [];
        foreach ($this->items as $k => $item) {
            $key = is_callable($by) ? $by($item, $k) : (is_array($item) ? $item[$by] : $item->$by);
            $groups[$key][] = $item;
        }
        return (new static($groups))->map(fn($g) => new static($g));
    }

    public function sortBy(callable|string $by, bool $desc = false): static
    {
        $items = $this->items;
        $get = is_callable($by) ? $by : fn($i) => is_array($i) ? $i[$by] : $i->$by;
        uasort($items, fn($a, $b) => $desc ? $get($b) <=> $get($a) : $get($a) <=> $get($b));
        return new static($items);
    }

    public function values(): static
    {
        return new static(array_values($this->items));
    }

    public function keys(): static
    {
        return new static(array_keys($this->items));
    }

    public function first(?callable $fn = null, mixed $default = null): mixed
    {
        foreach ($this->items as $k => $v) {
            if ($fn === null || $fn($v, $k)) {
                return $v;
            }
        }
        return $default instanceof Closure ? $default() : $default;
    }

    public function sum(?callable $fn = null): int|float
    {
        return array_sum($fn ? array_map($fn, $this->items) : $this->items);
    }

    public function avg(?callable $fn = null): ?float
    {
        return $this->count() ? $this->sum($fn) / $this->count() : null;
    }

    public function chunk(int $size): static
    {
        return (new static(array_chunk($this->items, $size, true)))->map(fn($c) => new static($c));
    }

    public function flatten(): static
    {
        $out = [];
        array_walk_recursive($this->items, function ($v) use (&$out) {
            $out[] = $v;
        });
        return new static($out);
    }

    public function pipe(callable $fn): mixed
    {
        return $fn($this);
    }

    public function each(callable $fn): static
    {
        foreach ($this->items as $k => $v) {
            if ($fn($v, $k) === false) {
                break;
            }
        }
        return $this;
    }

    public function implode(string $glue, ?string $field = null): string
    {
        return implode($glue, $field ? $this->pluck($field)->all() : $this->items);
    }

    public function all(): array
    {
        return array_map(fn($v) => $v instanceof self ? $v->all() : $v, $this->items);
    }

    public function offsetExists(mixed $offset): bool { return isset($this->items[$offset]); }
    public function offsetGet(mixed $offset): mixed { return $this->items[$offset]; }
    public function offsetSet(mixed $offset, mixed $value): void
    {
        if ($offset === null) {
            $this->items[] = $value;
        } else {
            $this->items[$offset] = $value;
        }
    }
    public function offsetUnset(mixed $offset): void { unset($this->items[$offset]); }
    public function getIterator(): ArrayIterator { return new ArrayIterator($this->items); }
    public function count(): int { return count($this->items); }
    public function jsonSerialize(): array { return $this->all(); }

    public function __get(string $name): mixed
    {
        return match ($name) {
            'length' => $this->count(),
            default => throw new LogicException("Property [$name] does not exist on this collection instance."),
        };
    }
}

final class Users extends Collection
{
    public function admins(): static
    {
        return $this->filter(fn($u) => $u['role'] === 'admin');
    }
}

$users = Users::make([
    ['id' => 1, 'name' => 'Ann', 'role' => 'admin', 'age' => 34, 'langs' => ['php', 'go']],
    ['id' => 2, 'name' => 'Bob', 'role' => 'dev', 'age' => 27, 'langs' => ['php']],
    ['id' => 3, 'name' => 'Cid', 'role' => 'dev', 'age' => 41, 'langs' => ['rust', 'php', 'c']],
    ['id' => 4, 'name' => 'Dee', 'role' => 'ops', 'age' => 27, 'langs' => []],
    ['id' => 5, 'name' => 'Eve', 'role' => 'admin', 'age' => 22, 'langs' => ['js']],
]);
echo get_class($users->admins()), ' ', $users->admins()->implode(', ', 'name'), "\n";
echo json_encode($users->pluck('name', 'id')), "\n";
echo json_encode($users->groupBy('role')->map(fn(Collection $g) => $g->count())), "\n";
echo $users->sortBy('age', true)->values()->implode(' > ', 'name'), "\n";
echo $users->sortBy(fn($u) => [$u['age'], $u['name']])->keys()->implode(','), "\n";
echo 'avg age ', round($users->avg(fn($u) => $u['age']), 2), ', sum ', $users->sum(fn($u) => $u['age']), "\n";
echo 'langs: ', $users->pluck('langs')->flatten()->pipe(fn($c) => Collection::make(array_count_values($c->all())))->sortBy(fn($n) => -$n)->keys()->implode(' '), "\n";
echo json_encode($users->chunk(2)->map(fn($c) => $c->pluck('id')->values())), "\n";
echo $users->first(fn($u) => $u['age'] > 40)['name'], ' ', $users->first(fn($u) => $u['age'] > 90, fn() => 'nobody'), "\n";
$users->each(function ($u) {
    echo $u['name'], ' ';
    return $u['id'] < 3;
});
echo "\n", $users->length, ' ', count($users), ' ', isset($users[4]) ? 'has 4' : 'no 4', ' ', $users[0]['name'], "\n";
$users[] = ['id' => 6, 'name' => 'Fay', 'role' => 'dev', 'age' => 30, 'langs' => ['php']];
unset($users[1]);
echo implode(',', array_keys($users->all())), ' ', $users->reject(fn($u) => $u['role'] === 'dev')->implode('/', 'name'), "\n";
echo json_encode(Collection::times(5, fn($i) => $i ** 2)->filter(fn($v) => $v % 2)->values()), "\n";
echo json_encode(Collection::make(new ArrayIterator(['a' => 1, 'b' => null, 'c' => 0, 'd' => 'x']))->filter()), "\n";
echo Collection::make([3, 1, 2])->reduce(fn($carry, $v) => $carry . $v, '>'), "\n";
try {
    echo $users->nope;
} catch (LogicException $e) {
    echo $e->getMessage(), "\n";
}
foreach (Collection::make(['x' => 10, 'y' => 20]) as $k => $v) {
    echo "$k=$v ";
}
echo "\n";
--EXPECT--
Users Ann, Eve
{"1":"Ann","2":"Bob","3":"Cid","4":"Dee","5":"Eve"}
{"admin":2,"dev":2,"ops":1}
Cid > Ann > Bob > Dee > Eve
4,1,3,0,2
avg age 30.2, sum 151
langs: php go rust c js
[[1,2],[3,4],[5]]
Cid nobody
Ann Bob Cid 
5 5 has 4 Ann
0,2,3,4,5 Ann/Dee/Eve
[1,9,25]
{"a":1,"d":"x"}
>312
Property [nope] does not exist on this collection instance.
x=10 y=20
