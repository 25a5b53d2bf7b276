--TEST--
program: DI container and attribute router (attributes with named arguments, reflection of constructors/parameters/types/properties, closures as middleware, circular dependency detection)
--FILE--
<?php
#[Attribute(Attribute::TARGET_METHOD)]
final class Route { public function __construct(public string $method, public string $path, public array $middleware = []) {} }
#[Attribute(Attribute::TARGET_CLASS)]
final class Service { public function __construct(public bool $shared = true) {} }
#[Attribute(Attribute::TARGET_PARAMETER)]
final class Inject { public function __construct(public string $id) {} }

interface LoggerInterface { public function log(string $m): void; }
#[Service]
final class MemoryLogger implements LoggerInterface { public array $lines = []; public function log(string $m): void { $this->lines[] = $m; } }
#[Service(shared: false)]
final class Clock { private static int $tick = 0; public int $id; public function __construct() { $this->id = ++self::$tick; } }
final class Repo { public function __construct(public LoggerInterface $log, public Clock $clock, #[Inject('dsn')] public string $dsn, public int $limit = 10) {} }

final class Container {
    private array $bindings = [];
    private array $instances = [];
    private array $resolving = [];
    public function bind(string $id, Closure|string|null $concrete = null): void { $this->bindings[$id] = $concrete ?? $id; }
    public function value(string $id, mixed $v): void { $this->instances[$id] = $v; }
    public function get(string $id): mixed {
        if (array_key_exists($id, $this->instances)) return $this->instances[$id];
        if (isset($this->resolving[$id])) throw new LogicException("Circular dependency: " . implode(' -> ', array_keys($this->resolving)) . " -> $id");
        $this->resolving[$id] = true;
        try {
            $concrete = $this->bindings[$id] ?? $id;
            $obj = $concrete instanceof Closure ? $concrete($this) : $this->build($concrete);
        } finally {
            unset($this->resolving[$id]);
        }
        $rc = is_object($obj) ? new ReflectionClass($obj) : null;
        $attr = $rc?->getAttributes(Service::class)[0] ?? null;
        if ($attr === null || $attr->newInstance()->shared) $this->instances[$id] = $obj;
        return $obj;
    }
    private function build(string $class): object {
        if (!class_exists($class)) throw new RuntimeException("Cannot resolve '$class'");
        $rc = new ReflectionClass($class);
        if (!$rc->isInstantiable()) throw new RuntimeException("$class is not instantiable");
        $ctor = $rc->getConstructor();
        if ($ctor === null) return $rc->newInstance();
        $args = [];
        foreach ($ctor->getParameters() as $p) {
            $inject = $p->getAttributes(Inject::class);
            $type = $p->getType();
            if ($inject) $args[] = $this->get($inject[0]->newInstance()->id);
            elseif ($type instanceof ReflectionNamedType && !$type->isBuiltin()) $args[] = $this->get($type->getName());
            elseif ($p->isDefaultValueAvailable()) $args[] = $p->getDefaultValue();
            else throw new RuntimeException("Unresolvable parameter \${$p->getName()} of $class");
        }
        return $rc->newInstanceArgs($args);
    }
}

final class UserController {
    public function __construct(private Repo $repo) {}
    #[Route('GET', '/users', middleware: ['auth'])]
    public function index(): string { $this->repo->log->log('index'); return 'users(limit=' . $this->repo->limit . ')'; }
    #[Route('GET', '/users/{id}')]
    public function show(int $id): string { return "user #$id"; }
    #[Route('POST', '/users')]
    public function store(): string { return 'created'; }
    public function helper(): void {}
}

final class Router {
    private array $routes = [];
    public function __construct(private Container $c) {}
    public function register(string $controller): void {
        foreach ((new ReflectionClass($controller))->getMethods(ReflectionMethod::IS_PUBLIC) as $m) {
            foreach ($m->getAttributes(Route::class) as $a) {
                $r = $a->newInstance();
                $regex = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $r->path) . '$#';
                $this->routes[] = [$r->method, $regex, $controller, $m->getName(), $r->middleware];
            }
        }
    }
    public function dispatch(string $method, string $uri): string {
        foreach ($this->routes as [$rm, $regex, $ctl, $action, $mw]) {
            if ($rm === $method && preg_match($regex, $uri, $m)) {
                $params = array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY);
                $handler = fn() => $this->c->get($ctl)->$action(...array_map(fn($v) => ctype_digit($v) ? (int)$v : $v, $params));
                foreach (array_reverse($mw) as $name) {
                    $next = $handler;
                    $handler = fn() => "[$name] " . $next();
                }
                return $handler();
            }
        }
        return "404 $method $uri";
    }
    public function table(): array { return array_map(fn($r) => sprintf('%-5s %-12s %s::%s', $r[0], $r[1], $r[2], $r[3]), $this->routes); }
}

$c = new Container();
$c->bind(LoggerInterface::class, MemoryLogger::class);
$c->value('dsn', 'sqlite::memory:');
$router = new Router($c);
$router->register(UserController::class);
echo implode("\n", $router->table()), "\n";
foreach ([['GET', '/users'], ['GET', '/users/42'], ['POST', '/users'], ['DELETE', '/users/1'], ['GET', '/nope']] as [$m, $u]) echo "$m $u => ", $router->dispatch($m, $u), "\n";
$repo = $c->get(Repo::class);
var_dump($repo->dsn, $repo->limit, $repo->clock->id, $c->get(Clock::class)->id, $c->get(Clock::class)->id, $c->get(LoggerInterface::class) === $repo->log);
print_r($repo->log->lines);
$c->bind('a', fn(Container $c) => $c->get('b'));
$c->bind('b', fn(Container $c) => $c->get('a'));
try { $c->get('a'); } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
try { $c->get(LoggerInterface::class . 'X'); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
try { $c->get('Traversable'); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
$rm = new ReflectionMethod(UserController::class, 'show');
echo $rm->getName(), ' ', $rm->getNumberOfParameters(), ' ', $rm->getParameters()[0]->getType(), ' ', $rm->getReturnType(), ' ', json_encode($rm->getAttributes()[0]->getArguments()), "\n";
$rc = new ReflectionClass(Repo::class);
foreach ($rc->getProperties() as $p) echo $p->getName(), ':', $p->getType(), $p->isPromoted() ? '(promoted)' : '', ' ';
echo "\n", implode(',', array_map(fn($a) => $a->getName(), (new ReflectionClass(Clock::class))->getAttributes())), ' ', $rc->getShortName(), ' ', var_export($rc->isFinal(), true), "\n";
--EXPECT--
GET   #^/users$#   UserController::index
GET   #^/users/(?P<id>[^/]+)$# UserController::show
POST  #^/users$#   UserController::store
GET /users => [auth] users(limit=10)
GET /users/42 => user #42
POST /users => created
DELETE /users/1 => 404 DELETE /users/1
GET /nope => 404 GET /nope
string(15) "sqlite::memory:"
int(10)
int(1)
int(2)
int(3)
bool(true)
Array
(
    [0] => index
)
Circular dependency: a -> b -> a
Cannot resolve 'LoggerInterfaceX'
Cannot resolve 'Traversable'
show 1 int string ["GET","\/users\/{id}"]
log:LoggerInterface(promoted) clock:Clock(promoted) dsn:string(promoted) limit:int(promoted) 
Service Repo true
