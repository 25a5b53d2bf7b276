--TEST--
program: PHP 8.2: readonly classes, enums with interfaces/constants in match, nullsafe chains, spread with string keys, named args to built-ins, first-class callables
--FILE--
<?php
// PHP 8.2 features: readonly classes, enums with interfaces/constants/static methods in match, const expressions,
// nullsafe chains, spread with string keys, named arguments to built-ins, first-class callables, new in initializers
interface HasLabel { const PREFIX = '#'; public function label(): string; }
enum Priority: int implements HasLabel {
    case Low = 1; case Normal = 5; case High = 10;
    const DEFAULT = self::Normal;
    const URGENT = [self::High];
    public function label(): string { return self::PREFIX . ucfirst(strtolower($this->name)); }
    public static function fromLabel(string $l): self { foreach (self::cases() as $c) if ($c->label() === $l) return $c; throw new ValueError("bad label $l"); }
    public function isUrgent(): bool { return in_array($this, self::URGENT, true); }
    public function compare(self $o): int { return $this->value <=> $o->value; }
}
enum Status { case Open; case Closed;
    public function next(): static { return match ($this) { self::Open => self::Closed, self::Closed => self::Open }; } }

final readonly class Task {
    public function __construct(
        public string $title,
        public Priority $priority = Priority::DEFAULT,
        public Status $status = Status::Open,
        public ?Task $parent = null,
        public array $tags = [],
    ) {}
    public function with(mixed ...$changes): static {
        return new static(...[...get_object_vars($this), ...$changes]);
    }
}
class Clock { public function __construct(public readonly int $now = 1700000000) {} }
class Service { public function __construct(private Clock $clock = new Clock()) {} public function now(): int { return $this->clock->now; } }
echo (new Service)->now(), ' ', (new Service(new Clock(5)))->now(), "\n";

$t = new Task('write', tags: ['doc']);
$t2 = $t->with(priority: Priority::High, title: 'write more');
$t3 = $t2->with(parent: $t, status: $t2->status->next());
foreach ([$t, $t2, $t3] as $x) printf("%-12s %-8s %-6s urgent=%s parent=%s tags=%s\n", $x->title, $x->priority->label(), $x->status->name, var_export($x->priority->isUrgent(), true), $x->parent?->title ?? '-', json_encode($x->tags));
try { $t->title = 'x'; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $c = clone $t; echo "clone ok: ", $c->title, "\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo Priority::fromLabel('#High')->value, ' ', Priority::DEFAULT->name, ' ', Priority::from(1)->label(), ' ', Priority::tryFrom(7)?->label() ?? 'none', "\n";
try { Priority::fromLabel('#Nope'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$ps = Priority::cases(); usort($ps, fn($a, $b) => $b->compare($a)); echo implode(' ', array_map(fn($p) => $p->name, $ps)), "\n";
var_dump(Priority::High instanceof HasLabel, Priority::High instanceof UnitEnum, Priority::High instanceof BackedEnum, Status::Open instanceof BackedEnum);
var_dump(Priority::Low === Priority::from(1), Priority::Low == Priority::Normal, Status::Open);
echo match (true) { Priority::High->value > 5 => 'high', default => 'low' }, "\n";
$fn = match (Status::Closed) { Status::Open => 'strtoupper', Status::Closed => strrev(...) };
echo $fn('closed'), "\n";
try { echo match (99) { 1 => 'a', 2 => 'b' }; } catch (\UnhandledMatchError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { echo match (2.5) { 1 => 'a' }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }

class Address { public function __construct(public ?string $city = null) {} public function getCity(): ?string { return $this->city; } }
class User { public function __construct(public ?Address $address = null) {} public function getAddress(): ?Address { return $this->address; } }
$users = [new User(new Address('Oslo')), new User(new Address()), new User(), null];
foreach ($users as $u) echo var_export($u?->getAddress()?->getCity(), true), ' ', strlen($u?->address?->city ?? ''), ' | ';
echo "\n";
$calls = 0; $side = function () use (&$calls) { $calls++; return 1; };
$nobody = null; $nobody?->method($side()); echo "calls=$calls\n";

function config(string $host = 'localhost', int $port = 80, bool $tls = false, string ...$extra) { return compact('host', 'port', 'tls', 'extra'); }
$opts = ['port' => 8443, 'tls' => true];
echo json_encode(config(...$opts)), ' ', json_encode(config('h', ...['tls' => true])), ' ', json_encode(config(...['a', 2, false, 'x', 'y'])), "\n";
$merged = [...['a' => 1, 'b' => 2], ...['b' => 3, 'c' => 4], ...[5, 6]]; echo json_encode($merged), "\n";
function gen() { yield 'k' => 1; yield 'k2' => 2; } echo json_encode([...gen()]), "\n";
try { config(...['nope' => 1]); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { config(port: 1, port: 2); } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo json_encode(array_slice([1, 2, 3, 4], offset: 1, preserve_keys: true, length: 2)), ' ', str_pad(string: '7', length: 3, pad_type: STR_PAD_LEFT, pad_string: '0'), ' ', json_encode(array_fill(start_index: 5, count: 2, value: 'v')), "\n";
echo implode(separator: '-', array: ['a', 'b']), ' ', number_format(num: 1234.567, decimals: 1, thousands_separator: ' '), ' ', json_encode(value: ['x' => 1], flags: JSON_PRETTY_PRINT), "\n";
try { strlen(strin: 'x'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { str_replace(search: 'a', replace: 'b'); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
$upper = strtoupper(...); $m = $t->with(...); $st = Priority::from(...);
echo $upper('abc'), ' ', $m(title: 'via fcc')->title, ' ', $st(10)->name, ' ', (new ReflectionFunction($upper))->getName(), "\n";
class MathOps { public static function square(int $x): int { return $x * $x; } public function triple(int $x): int { return 3 * $x; } }
echo implode(',', array_map(MathOps::square(...), [1, 2, 3])), ' ', implode(',', array_map((new MathOps)->triple(...), [1, 2])), "\n";
$compose = fn(callable ...$fs) => fn($x) => array_reduce($fs, fn($acc, $f) => $f($acc), $x);
echo $compose(trim(...), strrev(...), ucfirst(...), fn($s) => "$s!")('  olleh  '), "\n";
const BASE = 10; const LIMITS = ['min' => BASE / 2, 'max' => BASE * 10];
class Limits { const RANGE = LIMITS['max'] - LIMITS['min']; const LABEL = 'range=' . self::RANGE; const PRI = Priority::High; }
echo Limits::RANGE, ' ', Limits::LABEL, ' ', Limits::PRI->label(), "\n";
function withStatic() { static $n = BASE * 2; return ++$n; } withStatic(); echo withStatic(), "\n";
echo json_encode(['null' => null, 'true' => true]), ' ', gettype(null), ' ', get_debug_type(Priority::Low), ' ', get_debug_type(1.0), ' ', get_debug_type(fn() => 1), "\n";

--EXPECT--
1700000000 5
write        #Normal  Open   urgent=false parent=- tags=["doc"]
write more   #High    Open   urgent=true parent=- tags=["doc"]
write more   #High    Closed urgent=true parent=write tags=["doc"]
Error: Cannot modify readonly property Task::$title
clone ok: write
10 Normal #Low none
bad label #Nope
High Normal Low
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
enum(Status::Open)
high
desolc
UnhandledMatchError: Unhandled match case 99
Unhandled match case 2.5
'Oslo' 4 | NULL 0 | NULL 0 | NULL 0 | 
calls=0
{"host":"localhost","port":8443,"tls":true,"extra":[]} {"host":"h","port":80,"tls":true,"extra":[]} {"host":"a","port":2,"tls":false,"extra":["x","y"]}
{"a":1,"b":3,"c":4,"0":5,"1":6}
{"k":1,"k2":2}
Named parameter $port overwrites previous argument
{"1":2,"2":3} 007 {"5":"v","6":"v"}
a-b 1 234.6 {
    "x": 1
}
Unknown named parameter $strin
str_replace() expects at least 3 arguments, 2 given
ABC via fcc High strtoupper
1,4,9 3,6
Hello!
95 range=95 #High
22
{"null":null,"true":true} NULL Priority float Closure
