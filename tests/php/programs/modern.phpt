--TEST--
program: PHP 8.1/8.2 features together (readonly class with withers, constants in traits, new in initializers, intersection/null/false/true/never types, enum constants and interfaces, first-class callables, spread with string keys, nullsafe, numeric literal forms) and their reflection
--FILE--
<?php
declare(strict_types=1);

interface HasId { public function id(): int; }
interface Named { public function name(): string; }

trait Versioned
{
    public const VERSION = '2.1';   // constants in traits (8.2)
    public function version(): string { return self::VERSION; }
}

enum Level: int
{
    case Low = 1;
    case High = 3;
    const DEFAULT = self::Low;
}

final class Logger
{
    public array $lines = [];
    public function log(string $m): void { $this->lines[] = $m; }
}

readonly class Config
{
    public function __construct(
        public string $env = 'prod',
        public Level $level = Level::DEFAULT,
        public array $flags = ['a' => true],
    ) {}
    public function with(string $env): static { return new static($env, $this->level, $this->flags); }
}

final class Service implements HasId, Named
{
    use Versioned;
    public function __construct(
        private readonly int $id,
        private Logger $logger = new Logger(),      // new in initializer (8.1)
        public readonly Config $config = new Config(),
    ) {}
    public function id(): int { return $this->id; }
    public function name(): string { return 'svc' . $this->id; }
    public function logger(): Logger { return $this->logger; }
}

function describe(HasId&Named $x): string { return $x->name() . '#' . $x->id(); }          // intersection (8.1)
function maybe(int $n): null|false|string { return match (true) { $n < 0 => null, $n === 0 => false, default => str_repeat('*', $n) }; }
function fail(string $m): never { throw new RuntimeException($m); }
function alwaysTrue(): true { return true; }   // true type (8.2)

$s = new Service(7);
echo describe($s), ' v', $s->version(), ' ', Service::VERSION, ' env=', $s->config->env, ' level=', $s->config->level->name, "\n";
$s->logger()->log('hello');
$t = new Service(8);
echo count($s->logger()->lines), ' ', count($t->logger()->lines), ' ', $s->logger() === $t->logger() ? 'shared' : 'separate', "\n";
var_dump(maybe(-1), maybe(0), maybe(3), alwaysTrue());
try {
    fail('stop');
} catch (RuntimeException $e) {
    echo 'never: ', $e->getMessage(), "\n";
}
$c = new Config('dev');
$c2 = $c->with('test');
echo $c->env, ' ', $c2->env, ' ', json_encode($c2), "\n";
try {
    $c->env = 'x';
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $c->newProp = 1;
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$r = new ReflectionClass(Config::class);
var_dump($r->isReadOnly(), $r->getProperty('env')->isReadOnly(), $r->getProperty('env')->isPromoted());
echo (new ReflectionFunction('maybe'))->getReturnType(), ' ', (new ReflectionFunction('describe'))->getParameters()[0]->getType(), ' ', (new ReflectionFunction('alwaysTrue'))->getReturnType(), ' ', (new ReflectionFunction('fail'))->getReturnType(), "\n";
$fn = strtoupper(...);
$m = $s->name(...);
$st = Level::from(...);
echo $fn('x'), ' ', $m(), ' ', $st(3)->name, ' ', (new ReflectionFunction($fn))->getName(), "\n";
echo array_is_list([1, 2]) ? 'list' : 'map', ' ', json_encode([...['a' => 1], ...['a' => 2, 'b' => 3]]), "\n";
$arr = ['x' => ['y' => null]];
echo $arr['x']['y']?->foo ?? 'nullsafe-null', ' ', $s?->config?->level?->value, "\n";
enum Suit: string implements JsonSerializable
{
    case Hearts = 'H';
    case Spades = 'S';
    public function color(): string { return match ($this) { self::Hearts => 'Red', self::Spades => 'Black' }; }
    public static function fromChar(string $c): self { return self::from(strtoupper($c)); }
    public function jsonSerialize(): mixed { return $this->name . '/' . $this->color(); }
}
echo json_encode([Suit::Hearts, Suit::fromChar('s')]), ' ', Suit::Hearts->color(), ' ', count(Suit::cases()), "\n";
var_dump(Suit::Hearts instanceof JsonSerializable, Suit::tryFrom('X'));
printf("%s %s %d\n", 0o777 === 511 ? 'octal-ok' : 'no', 1_000 === 1000 ? 'sep-ok' : 'no', PHP_VERSION_ID >= 80200);
$closure = static fn(int ...$n): int => array_sum($n);
echo $closure(...[1, 2, 3]), ' ', $closure(...['a' => 4, 'b' => 5]), "\n";
--EXPECT--
svc7#7 v2.1 2.1 env=prod level=Low
1 0 separate
NULL
bool(false)
string(3) "***"
bool(true)
never: stop
dev test {"env":"test","level":1,"flags":{"a":true}}
Error: Cannot modify readonly property Config::$env
Error: Cannot create dynamic property Config::$newProp
bool(true)
bool(true)
bool(true)
string|false|null HasId&Named true never
X svc7 High strtoupper
list {"a":2,"b":3}
nullsafe-null 1
["Hearts\/Red","Spades\/Black"] Red 2
bool(true)
NULL
octal-ok sep-ok 1
6 9
