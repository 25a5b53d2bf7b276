--TEST--
program: plugin system: interface constants, abstract classes, traits with abstract/static members, late static binding
--FILE--
<?php
// Plugin system: interfaces with constants, abstract classes, traits with abstract/static members, late static binding
interface Plugin {
    const API_VERSION = 2;
    public static function id(): string;
    public function boot(Host $host): void;
}
interface HasPriority { const DEFAULT_PRIORITY = 50; public function priority(): int; }

trait Registers {
    private static array $registry = [];
    abstract public static function id(): string;
    public static function register(): static {
        $p = new static();
        static::$registry[static::id()] = $p;
        self::$count++;
        return $p;
    }
    public static function registered(): array { return array_keys(self::$registry); }
    public static int $count = 0;
}

trait Describes {
    public function describe(): string {
        return sprintf('%s v%s (%s) api=%d', static::id(), static::VERSION, static::class, self::API_VERSION);
    }
    public static function create(): static { return new static(); }
}

abstract class BasePlugin implements Plugin, HasPriority {
    use Registers, Describes { Describes::describe as protected baseDescribe; }
    const VERSION = '1.0';
    protected array $booted = [];
    public function priority(): int { return static::DEFAULT_PRIORITY; }
    public function boot(Host $host): void {
        $this->booted[] = $host->name;
        $host->log(static::id() . ' booted (prio ' . $this->priority() . ')');
        $this->onBoot($host);
    }
    abstract protected function onBoot(Host $host): void;
    public function describe(): string { return '[' . $this->baseDescribe() . ']'; }
    public static function id(): string { return strtolower((new ReflectionClass(static::class))->getShortName()); }
}

final class Cache extends BasePlugin {
    const VERSION = '2.3';
    const DEFAULT_PRIORITY = 10;
    protected function onBoot(Host $host): void { $host->provide('cache', fn() => new ArrayObject()); }
}
class Mailer extends BasePlugin {
    protected function onBoot(Host $host): void {
        $host->on('user.created', fn(array $u) => $host->log("mail to {$u['email']}"));
    }
    public function priority(): int { return parent::priority() + 5; }
}
class SmtpMailer extends Mailer {
    const VERSION = '1.1';
    public static function id(): string { return 'smtp'; }
}
final class Audit extends BasePlugin {
    private int $events = 0;
    protected function onBoot(Host $host): void {
        $host->on('*', function (string $event, mixed ...$args) use ($host) { $this->events++; $host->log("audit#{$this->events} $event " . json_encode($args)); });
    }
    public function priority(): int { return 99; }
}

final class Host {
    private array $log = [];
    private array $services = [];
    private array $listeners = [];
    public function __construct(public readonly string $name) {}
    public function log(string $m): void { $this->log[] = $m; }
    public function provide(string $id, Closure $f): void { $this->services[$id] = $f; }
    public function service(string $id): mixed {
        $f = $this->services[$id] ?? throw new OutOfBoundsException("Unknown service $id");
        return $f();
    }
    public function on(string $event, callable $l): void { $this->listeners[$event][] = $l; }
    public function emit(string $event, mixed ...$args): int {
        $n = 0;
        foreach ($this->listeners[$event] ?? [] as $l) { $l(...$args); $n++; }
        foreach ($this->listeners['*'] ?? [] as $l) { $l($event, ...$args); $n++; }
        return $n;
    }
    public function load(Plugin ...$plugins): void {
        usort($plugins, fn(HasPriority $a, HasPriority $b) => $a->priority() <=> $b->priority());
        foreach ($plugins as $p) $p->boot($this);
    }
    public function dump(): void { foreach ($this->log as $i => $l) printf("%2d. %s\n", $i + 1, $l); }
}

$plugins = [Audit::register(), Cache::register(), SmtpMailer::register(), Mailer::register()];
echo implode(', ', BasePlugin::registered()), ' / count=', BasePlugin::$count, ' ', Cache::$count, "\n";
foreach ($plugins as $p) echo $p->describe(), "\n";
$host = new Host('main');
$host->load(...$plugins);
echo $host->emit('user.created', ['email' => 'a@b.c']), ' listeners ran', "\n";
echo $host->emit('order.paid', 99, currency: 'EUR'), "\n";
$cache = $host->service('cache'); $cache['k'] = 1; echo get_class($cache), count($cache), "\n";
try { $host->service('db'); } catch (OutOfBoundsException $e) { echo $e->getMessage(), "\n"; }
$host->dump();
echo Plugin::API_VERSION, Cache::API_VERSION, ' ', Cache::DEFAULT_PRIORITY, Mailer::DEFAULT_PRIORITY, ' ', constant('SmtpMailer::VERSION'), "\n";
var_dump(Cache::create() instanceof Cache, SmtpMailer::create()::class, get_parent_class(new SmtpMailer));
print_r(class_implements(new SmtpMailer)); print_r(class_uses(SmtpMailer::class)); print_r(class_uses(BasePlugin::class));
$rc = new ReflectionClass(SmtpMailer::class);
echo $rc->getParentClass()->getName(), ' ', json_encode($rc->getInterfaceNames()), ' abstract=', var_export($rc->isAbstract(), true), ' final=', var_export((new ReflectionClass(Cache::class))->isFinal(), true), "\n";
print_r(array_keys($rc->getConstants()));
print_r(array_map(fn($m) => $m->class . '::' . $m->name, $rc->getMethods(ReflectionMethod::IS_STATIC)));
try { new BasePlugin(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { Plugin::id(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
abstract class Shape { abstract public function area(): float; public static function make(mixed ...$a): static { return new static(...$a); } public function __toString(): string { return sprintf('%s(%.2f)', static::class, $this->area()); } }
class Circle extends Shape { public function __construct(private float $r = 1) {} public function area(): float { return M_PI * $this->r ** 2; } }
class Rect extends Shape { public function __construct(protected float $w = 1, protected float $h = 1) {} public function area(): float { return $this->w * $this->h; } }
class Square extends Rect { public function __construct(float $s = 1) { parent::__construct($s, $s); } }
$shapes = [Circle::make(2), Rect::make(h: 3, w: 2), Square::make(4), Square::make()];
usort($shapes, fn($a, $b) => $b->area() <=> $a->area());
echo implode(' ', $shapes), "\n";
echo array_sum(array_map(fn(Shape $s) => $s->area(), $shapes)), "\n";

--EXPECT--
audit, cache, smtp, mailer / count=4 4
[audit v1.0 (Audit) api=2]
[cache v2.3 (Cache) api=2]
[smtp v1.1 (SmtpMailer) api=2]
[mailer v1.0 (Mailer) api=2]
3 listeners ran
1
ArrayObject1
Unknown service db
 1. cache booted (prio 10)
 2. smtp booted (prio 55)
 3. mailer booted (prio 55)
 4. audit booted (prio 99)
 5. mail to a@b.c
 6. mail to a@b.c
 7. audit#1 user.created [{"email":"a@b.c"}]
 8. audit#2 order.paid {"0":99,"currency":"EUR"}
22 1050 1.1
bool(true)
string(10) "SmtpMailer"
string(6) "Mailer"
Array
(
    [Plugin] => Plugin
    [HasPriority] => HasPriority
)
Array
(
)
Array
(
    [Registers] => Registers
    [Describes] => Describes
)
Mailer ["Plugin","HasPriority"] abstract=false final=true
Array
(
    [0] => VERSION
    [1] => API_VERSION
    [2] => DEFAULT_PRIORITY
)
Array
(
    [0] => SmtpMailer::id
    [1] => BasePlugin::register
    [2] => BasePlugin::registered
    [3] => BasePlugin::create
)
Cannot instantiate abstract class BasePlugin
Cannot call abstract method Plugin::id()
Square(16.00) Circle(12.57) Rect(6.00) Square(1.00)
35.566370614359
