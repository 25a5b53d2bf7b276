--TEST--
program: ORM-like mapper: attributes read by reflection, hydration, dirty tracking, enums, relations
--FILE--
<?php
// ORM-like mapper over arrays with reflection and attributes, hydration, dirty tracking, relations
#[Attribute(Attribute::TARGET_CLASS)]
final class Table { public function __construct(public string $name) {} }
#[Attribute(Attribute::TARGET_PROPERTY)]
final class Column { public function __construct(public ?string $name = null, public bool $primary = false, public ?string $cast = null) {} }
#[Attribute(Attribute::TARGET_PROPERTY)]
final class HasMany { public function __construct(public string $class, public string $foreignKey) {} }

enum Status: string { case Active = 'active'; case Banned = 'banned';
    public function label(): string { return ucfirst($this->value); } }

abstract class Entity {
    private array $original = [];
    public function markClean(array $row): void { $this->original = $row; }
    public function original(): array { return $this->original; }
}

#[Table('users')]
class User extends Entity {
    #[Column(primary: true)] public int $id;
    #[Column('user_name')] public string $name;
    #[Column(cast: 'datetime')] public ?DateTimeImmutable $createdAt = null;
    #[Column(cast: Status::class)] public Status $status = Status::Active;
    #[Column] public float $balance = 0.0;
    #[HasMany(Post::class, 'user_id')] public array $posts = [];
    public string $notMapped = 'x';
}
#[Table('posts')]
class Post extends Entity {
    #[Column(primary: true)] public int $id;
    #[Column('user_id')] public int $userId;
    #[Column] public string $title;
    #[Column(cast: 'json')] public array $tags = [];
}

final class Metadata {
    public function __construct(public string $class, public string $table, public array $columns, public ?string $pk, public array $relations) {}
    private static array $cache = [];
    public static function of(string $class): self {
        return self::$cache[$class] ??= self::build($class);
    }
    private static function build(string $class): self {
        $rc = new ReflectionClass($class);
        $table = ($rc->getAttributes(Table::class)[0] ?? null)?->newInstance()->name ?? strtolower($rc->getShortName()) . 's';
        $cols = []; $pk = null; $rels = [];
        foreach ($rc->getProperties() as $p) {
            if ($a = $p->getAttributes(Column::class)) {
                $col = $a[0]->newInstance();
                $cols[$p->getName()] = ['col' => $col->name ?? self::snake($p->getName()), 'cast' => $col->cast, 'type' => (string)$p->getType(), 'nullable' => $p->getType()?->allowsNull()];
                if ($col->primary) $pk = $p->getName();
            }
            foreach ($p->getAttributes(HasMany::class) as $h) $rels[$p->getName()] = $h->newInstance();
        }
        return new self($class, $table, $cols, $pk, $rels);
    }
    public static function snake(string $s): string { return strtolower(preg_replace('/(?<=[a-z])(?=[A-Z])/', '_', $s)); }
}

final class Db {
    public array $tables = [];
    public array $queries = [];
    public function insert(string $t, array $row): int { $id = count($this->tables[$t] ?? []) + 1; $row['id'] ??= $id; $this->tables[$t][$row['id']] = $row; $this->queries[] = "INSERT $t " . json_encode($row); return $row['id']; }
    public function update(string $t, int $id, array $changes): void { $this->tables[$t][$id] = array_merge($this->tables[$t][$id], $changes); $this->queries[] = "UPDATE $t#$id " . json_encode($changes); }
    public function select(string $t, array $where = []): array {
        $this->queries[] = "SELECT $t " . http_build_query($where);
        return array_values(array_filter($this->tables[$t] ?? [], fn($r) => array_intersect_assoc(array_map('strval', $where), array_map('strval', $r)) == array_map('strval', $where)));
    }
}

final class Mapper {
    public function __construct(private Db $db) {}
    public function hydrate(string $class, array $row): object {
        $m = Metadata::of($class);
        $rc = new ReflectionClass($class);
        $obj = $rc->newInstanceWithoutConstructor();
        foreach ($m->columns as $prop => $c) {
            if (!array_key_exists($c['col'], $row)) continue;
            $v = $row[$c['col']];
            $v = match (true) {
                $v === null => null,
                $c['cast'] === 'datetime' => new DateTimeImmutable($v, new DateTimeZone('UTC')),
                $c['cast'] === 'json' => json_decode($v, true),
                $c['cast'] !== null && enum_exists($c['cast']) => $c['cast']::from($v),
                default => $v,
            };
            $rc->getProperty($prop)->setValue($obj, $v);
        }
        foreach ($m->relations as $prop => $rel) {
            $obj->$prop = array_map(fn($r) => $this->hydrate($rel->class, $r), $this->db->select(Metadata::of($rel->class)->table, [$rel->foreignKey => $row['id']]));
        }
        $obj->markClean($this->extract($obj));
        return $obj;
    }
    public function extract(object $o): array {
        $row = [];
        foreach (Metadata::of($o::class)->columns as $prop => $c) {
            $rp = new ReflectionProperty($o, $prop);
            if (!$rp->isInitialized($o)) continue;
            $v = $rp->getValue($o);
            $row[$c['col']] = match (true) {
                $v instanceof DateTimeInterface => $v->format('Y-m-d H:i:s'),
                $v instanceof BackedEnum => $v->value,
                is_array($v) => json_encode($v),
                default => $v,
            };
        }
        return $row;
    }
    public function save(Entity $e): void {
        $m = Metadata::of($e::class);
        $row = $this->extract($e);
        $pk = $m->pk;
        if (!(new ReflectionProperty($e, $pk))->isInitialized($e)) {
            $e->$pk = $this->db->insert($m->table, $row);
        } else {
            $diff = array_diff_assoc(array_map(fn($v) => var_export($v, true), $row), array_map(fn($v) => var_export($v, true), $e->original()));
            if ($diff) $this->db->update($m->table, $e->$pk, array_intersect_key($row, $diff));
        }
        $e->markClean($this->extract($e));
    }
    public function find(string $class, int $id): ?object {
        $rows = $this->db->select(Metadata::of($class)->table, ['id' => $id]);
        return $rows ? $this->hydrate($class, $rows[0]) : null;
    }
}

$db = new Db();
$mapper = new Mapper($db);
$u = new User(); $u->name = 'Ada'; $u->createdAt = new DateTimeImmutable('2024-02-29 12:00:00', new DateTimeZone('UTC')); $u->balance = 10.5;
$mapper->save($u);
echo "saved user #{$u->id}\n";
foreach ([['Hello', ['intro', 'php']], ['Second', []]] as [$title, $tags]) { $p = new Post(); $p->userId = $u->id; $p->title = $title; $p->tags = $tags; $mapper->save($p); }
$u2 = new User(); $u2->name = 'Bob'; $u2->status = Status::Banned; $mapper->save($u2);
$loaded = $mapper->find(User::class, 1);
printf("%s %s %s %s %.2f posts=%d\n", $loaded->name, $loaded->createdAt->format(DATE_ATOM), $loaded->status->label(), $loaded->status::class, $loaded->balance, count($loaded->posts));
foreach ($loaded->posts as $p) echo " - {$p->title} [", implode(',', $p->tags), "]\n";
$loaded->balance += 0.25; $loaded->status = Status::Banned;
$mapper->save($loaded);
$mapper->save($loaded);
var_dump($mapper->find(Post::class, 99));
$b = $mapper->find(User::class, 2);
var_dump($b->createdAt, $b->status === Status::Banned);
print_r(Metadata::of(User::class)->columns);
echo Metadata::of(Post::class)->table, ' ', Metadata::of(User::class)->pk, ' ', implode(',', array_keys(Metadata::of(User::class)->relations)), "\n";
echo implode("\n", $db->queries), "\n";
print_r($db->tables['users']);
echo Metadata::snake('createdAtUTCTime'), ' ', Metadata::snake('already_snake'), "\n";
try { Status::from('gone'); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(Status::tryFrom('gone'), Status::cases());
$fresh = new User();
try { echo $fresh->id; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $fresh->balance = 'lots'; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$fresh->balance = 5; var_dump($fresh->balance);
$rp = new ReflectionProperty(User::class, 'posts');
echo $rp->getAttributes()[0]->getName(), ' ', json_encode($rp->getAttributes()[0]->getArguments()), ' ', $rp->getType(), ' ', $rp->hasDefaultValue() ? 'has default' : 'none', "\n";

--EXPECT--
saved user #1
Ada 2024-02-29T12:00:00+00:00 Active Status 10.50 posts=2
 - Hello [intro,php]
 - Second []
NULL
NULL
bool(true)
Array
(
    [id] => Array
        (
            [col] => id
            [cast] => 
            [type] => int
            [nullable] => 
        )

    [name] => Array
        (
            [col] => user_name
            [cast] => 
            [type] => string
            [nullable] => 
        )

    [createdAt] => Array
        (
            [col] => created_at
            [cast] => datetime
            [type] => ?DateTimeImmutable
            [nullable] => 1
        )

    [status] => Array
        (
            [col] => status
            [cast] => Status
            [type] => Status
            [nullable] => 
        )

    [balance] => Array
        (
            [col] => balance
            [cast] => 
            [type] => float
            [nullable] => 
        )

)
posts id posts
INSERT users {"user_name":"Ada","created_at":"2024-02-29 12:00:00","status":"active","balance":10.5,"id":1}
INSERT posts {"user_id":1,"title":"Hello","tags":"[\"intro\",\"php\"]","id":1}
INSERT posts {"user_id":1,"title":"Second","tags":"[]","id":2}
INSERT users {"user_name":"Bob","created_at":null,"status":"banned","balance":0,"id":2}
SELECT users id=1
SELECT posts user_id=1
UPDATE users#1 {"status":"banned","balance":10.75}
SELECT posts id=99
SELECT users id=2
SELECT posts user_id=2
Array
(
    [1] => Array
        (
            [user_name] => Ada
            [created_at] => 2024-02-29 12:00:00
            [status] => banned
            [balance] => 10.75
            [id] => 1
        )

    [2] => Array
        (
            [user_name] => Bob
            [created_at] => 
            [status] => banned
            [balance] => 0
            [id] => 2
        )

)
created_at_utctime already_snake
ValueError: "gone" is not a valid backing value for enum Status
NULL
array(2) {
  [0]=>
  enum(Status::Active)
  [1]=>
  enum(Status::Banned)
}
Typed property User::$id must not be accessed before initialization
Cannot assign string to property User::$balance of type float
float(5)
HasMany ["Post","user_id"] array has default
