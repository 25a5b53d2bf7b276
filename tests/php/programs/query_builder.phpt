--TEST--
program: fluent query builder (__call/__callStatic dispatch, macros bound with Closure::call, private constructor, clone in a fluent API, when() with callables, callable strings/arrays, dynamic method names, a chain split over lines)
--FILE--
<?php
declare(strict_types=1);

/**
 * @method static QueryBuilder table(string $name)
 * @method $this whereEmail(string $v)
 */
final class QueryBuilder implements Stringable, Countable
{
    private array $wheres = [];
    private array $bindings = [];
    private array $orders = [];
    private ?int $limit = null;
    private array $columns = ['*'];
    private array $joins = [];
    private static array $macros = [];
    public static int $built = 0;

    private function __construct(private string $table) {}

    public static function __callStatic(string $name, array $args): static
    {
        return match ($name) {
            'table', 'from' => new static(...$args),
            default => throw new BadMethodCallException(sprintf('Call to undefined method %s::%s()', static::class, $name)),
        };
    }

    public function __call(string $name, array $args): mixed
    {
        if (isset(self::$macros[$name])) {
            return self::$macros[$name]->call($this, ...$args);
        }
        if (preg_match('/^(or)?[wW]here([A-Z]\w*)$/', $name, $m)) {
            $column = strtolower(preg_replace('/(?<!^)[A-Z]/', '_$0', $m[2]));
            return $this->where($column, '=', $args[0], $m[1] ? 'OR' : 'AND');
        }
        if (str_starts_with($name, 'orderBy')) {
            $dir = str_ends_with($name, 'Desc') ? 'DESC' : 'ASC';
            return $this->orderBy($args[0], $dir);
        }
        throw new BadMethodCallException("Method $name does not exist");
    }

    public static function macro(string $name, Closure $fn): void
    {
        self::$macros[$name] = $fn;
    }

    public function select(string ...$columns): self
    {
        $this->columns = $columns ?: ['*'];
        return $this;
    }

    public function where(string $column, string $op = '=', mixed $value = null, string $boolean = 'AND'): self
    {
        if (!in_array($op, ['=', '!=', '<', '>', '<=', '>=', 'LIKE', 'IN'], true)) {
            throw new InvalidArgumentException("Illegal operator $op");
        }
        if ($op === 'IN') {
            $marks = implode(', ', array_fill(0, count($value), '?'));
            $this->wheres[] = [$boolean, "$column IN ($marks)"];
            array_push($this->bindings, ...$value);
        } elseif ($value === null) {
            $this->wheres[] = [$boolean, $column . ($op === '=' ? ' IS NULL' : ' IS NOT NULL')];
        } else {
            $this->wheres[] = [$boolean, "$column $op ?"];
            $this->bindings[] = $value;
        }
        return $this;
    }

    public function join(string $table, string $first, string $second, string $type = 'INNER'): self
    {
        $this->joins[] = "$type JOIN $table ON $first = $second";
        return $this;
    }

    public function orderBy(string $column, string $direction = 'ASC'): self
    {
        $this->orders[] = "$column $direction";
        return $this;
    }

    public function limit(int $n): self
    {
        $clone = clone $this;
        $clone->limit = $n;
        return $clone;
    }

    public function when(bool $cond, callable $then, ?callable $else = null): self
    {
        if ($cond) {
            return $then($this) ?? $this;
        }
        return $else ? ($else($this) ?? $this) : $this;
    }

    public function toSql(): string
    {
        self::$built++;
        $sql = sprintf('SELECT %s FROM %s', implode(', ', $this->columns), $this->table);
        if ($this->joins) {
            $sql .= ' ' . implode(' ', $this->joins);
        }
        foreach ($this->wheres as $i => [$bool, $clause]) {
            $sql .= ($i === 0 ? ' WHERE ' : " $bool ") . $clause;
        }
        if ($this->orders) {
            $sql .= ' ORDER BY ' . implode(', ', $this->orders);
        }
        if ($this->limit !== null) {
            $sql .= " LIMIT {$this->limit}";
        }
        return $sql;
    }

    public function bindings(): array
    {
        return $this->bindings;
    }

    public function interpolate(): string
    {
        $b = $this->bindings;
        return preg_replace_callback('/\?/', function () use (&$b) {
            $v = array_shift($b);
            return match (true) {
                is_int($v), is_float($v) => (string) $v,
                is_bool($v) => $v ? 'TRUE' : 'FALSE',
                default => "'" . addslashes((string) $v) . "'",
            };
        }, $this->toSql());
    }

    public function __toString(): string
    {
        return $this->interpolate();
    }

    public function count(): int
    {
        return count($this->wheres);
    }

    public function __clone()
    {
        $this->orders = [...$this->orders];
    }
}

QueryBuilder::macro('active', function (bool $flag = true) {
    /** @var QueryBuilder $this */
    return $this->where('active', '=', $flag);
});

$q = QueryBuilder::table('users')
    ->select('id', 'name', 'email')
    ->whereEmail('ann@example.com')
    ->orWhereLastName("O'Brien")
    ->where('age', '>=', 18)
    ->where('deleted_at')
    ->orderByDesc('created_at');
echo $q->toSql(), "\n";
echo json_encode($q->bindings()), "\n";
echo $q, "\n";
$limited = $q->limit(10);
echo $limited, "\n", $q, "\n";
echo count($q), " conditions\n";

$filters = ['role' => 'admin', 'ids' => [3, 5, 8]];
$r = QueryBuilder::from('accounts')
    ->join('roles', 'roles.id', 'accounts.role_id', 'LEFT')
    ->when(isset($filters['role']), fn(QueryBuilder $b) => $b->where('roles.name', '=', $filters['role']))
    ->when(!empty($filters['missing']), fn($b) => $b->where('x', '=', 1), fn($b) => $b->orderBy('accounts.id'))
    ->where('accounts.id', 'IN', $filters['ids'])
    ->active(false);
echo $r, "\n";
echo 'built: ', QueryBuilder::$built, "\n";

foreach ([fn() => QueryBuilder::delete('x'), fn() => QueryBuilder::table('t')->frobnicate(), fn() => QueryBuilder::table('t')->where('a', '<>', 1)] as $bad) {
    try {
        $bad();
    } catch (BadMethodCallException | InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    new QueryBuilder('x');
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
$m = [QueryBuilder::class, 'table'];
echo $m('logs')->limit(1), "\n";
echo call_user_func_array([QueryBuilder::class, 'from'], ['table' => 'named'])->select(), "\n";
echo call_user_func([QueryBuilder::table('c'), 'whereId'], 7), "\n";
$method = 'whereStatus';
echo QueryBuilder::table('s')->$method('ok')->{'orderBy' . 'Asc'}('id'), "\n";
var_dump(is_callable([QueryBuilder::table('z'), 'anything']), method_exists(QueryBuilder::class, 'whereX'));
--EXPECT--
SELECT id, name, email FROM users WHERE email = ? OR last_name = ? AND age >= ? AND deleted_at IS NULL ORDER BY created_at DESC
["ann@example.com","O'Brien",18]
SELECT id, name, email FROM users WHERE email = 'ann@example.com' OR last_name = 'O\'Brien' AND age >= 18 AND deleted_at IS NULL ORDER BY created_at DESC
SELECT id, name, email FROM users WHERE email = 'ann@example.com' OR last_name = 'O\'Brien' AND age >= 18 AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 10
SELECT id, name, email FROM users WHERE email = 'ann@example.com' OR last_name = 'O\'Brien' AND age >= 18 AND deleted_at IS NULL ORDER BY created_at DESC
4 conditions
SELECT * FROM accounts LEFT JOIN roles ON roles.id = accounts.role_id WHERE roles.name = 'admin' AND accounts.id IN (3, 5, 8) AND active = FALSE ORDER BY accounts.id ASC
built: 5
BadMethodCallException: Call to undefined method QueryBuilder::delete()
BadMethodCallException: Method frobnicate does not exist
InvalidArgumentException: Illegal operator <>
Call to private QueryBuilder::__construct() from global scope
SELECT * FROM logs LIMIT 1
SELECT * FROM named
SELECT * FROM c WHERE id = 7
SELECT * FROM s WHERE status = 'ok' ORDER BY id ASC
bool(true)
bool(false)
