--TEST--
program: mini framework: router from attributes, middleware pipeline, reflection DI container, readonly request/response
--FILE--
<?php
declare(strict_types=1);

namespace App\Http;

#[\Attribute(\Attribute::TARGET_METHOD | \Attribute::IS_REPEATABLE)]
final class Route
{
    public function __construct(public string $method, public string $path, public ?string $name = null) {}
}

#[\Attribute(\Attribute::TARGET_PARAMETER)]
final class Inject
{
    public function __construct(public string $id) {}
}

final class Request
{
    private array $attributes = [];
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $query = [],
        public readonly array $headers = [],
    ) {}
    public function withAttribute(string $k, mixed $v): static
    {
        $c = clone $this;
        $c->attributes[$k] = $v;
        return $c;
    }
    public function attr(string $k, mixed $default = null): mixed
    {
        return $this->attributes[$k] ?? $default;
    }
    public function attributes(): array { return $this->attributes; }
}

final class Response implements \Stringable
{
    public function __construct(public readonly int $status = 200, public readonly string $body = '', public readonly array $headers = []) {}
    public function withHeader(string $k, string $v): self
    {
        return new self($this->status, $this->body, [...$this->headers, $k => $v]);
    }
    public function __toString(): string
    {
        $h = '';
        ksort($this->headers);
        foreach ($this->headers as $k => $v) { $h .= "$k: $v\n"; }
        return sprintf("HTTP %d\n%s\n%s", $this->status, $h, $this->body);
    }
}

interface Middleware
{
    public function process(Request $r, callable $next): Response;
}

namespace App\Di;

use ReflectionClass, ReflectionNamedType, App\Http\Inject;

class NotFound extends \RuntimeException {}

final class Container
{
    private array $factories = [];
    private array $instances = [];
    private array $resolving = [];
    public int $built = 0;

    public function set(string $id, callable|string|null $factory = null): void
    {
        $this->factories[$id] = $factory ?? $id;
    }
    public function value(string $id, mixed $v): void { $this->instances[$id] = $v; }
    public function has(string $id): bool { return isset($this->instances[$id]) || isset($this->factories[$id]) || class_exists($id); }
    public function get(string $id): mixed
    {
        if (array_key_exists($id, $this->instances)) return $this->instances[$id];
        if (isset($this->resolving[$id])) {
            throw new \LogicException("Circular dependency: " . implode(' -> ', array_keys($this->resolving)) . " -> $id");
        }
        $this->resolving[$id] = true;
        try {
            $f = $this->factories[$id] ?? $id;
            $obj = is_callable($f) ? $f($this) : $this->autowire($f);
            $this->built++;
            return $this->instances[$id] = $obj;
        } finally {
            unset($this->resolving[$id]);
        }
    }
    private function autowire(string $class): object
    {
        if (!class_exists($class)) throw new NotFound("No entry for '$class'", 404);
        $rc = new ReflectionClass($class);
        if (!$rc->isInstantiable()) throw new NotFound("Cannot instantiate {$rc->getShortName()}", 500);
        $ctor = $rc->getConstructor();
        if ($ctor === null) return $rc->newInstance();
        $args = [];
        foreach ($ctor->getParameters() as $p) {
            $inj = $p->getAttributes(Inject::class);
            if ($inj) { $args[$p->getName()] = $this->get($inj[0]->newInstance()->id); continue; }
            $t = $p->getType();
            if ($t instanceof ReflectionNamedType && !$t->isBuiltin()) {
                $args[$p->getName()] = $this->get($t->getName());
            } elseif ($p->isDefaultValueAvailable()) {
                $args[$p->getName()] = $p->getDefaultValue();
            } else {
                throw new NotFound(sprintf('Unresolvable $%s (%s) of %s', $p->getName(), $t ?? 'mixed', $class), 500);
            }
        }
        return $rc->newInstanceArgs($args);
    }
}

namespace App;

use App\Http\{Request, Response, Route, Middleware, Inject};
use App\Di\Container;

trait Logs
{
    private array $log = [];
    abstract protected function prefix(): string;
    public function log(string $m): void { $this->log[] = $this->prefix() . $m; self::$total++; }
    public function entries(): array { return $this->log; }
    public static int $total = 0;
}

final class Logger { use Logs; protected function prefix(): string { return '[app] '; } }

final class UserRepo
{
    private array $users = [1 => ['id' => 1, 'name' => 'ada'], 2 => ['id' => 2, 'name' => 'linus']];
    public function __construct(private Logger $logger, #[Inject('db.prefix')] private string $prefix) {}
    public function find(int $id): ?array { $this->logger->log("find $id via {$this->prefix}"); return $this->users[$id] ?? null; }
    public function all(): array { return array_values($this->users); }
}

final class UserController
{
    public function __construct(private UserRepo $repo) {}
    #[Route('GET', '/users', name: 'users.list')]
    public function list(Request $r): Response
    {
        $names = array_column($this->repo->all(), 'name');
        return new Response(200, json_encode($names));
    }
    #[Route('GET', '/users/{id}')]
    #[Route('HEAD', '/users/{id}')]
    public function show(Request $r): Response
    {
        $u = $this->repo->find((int) $r->attr('id'));
        return $u ? new Response(200, json_encode($u, JSON_PRETTY_PRINT)) : new Response(404, 'no such user');
    }
}

final class Router
{
    private array $routes = [];
    public function register(string $class): void
    {
        $rc = new \ReflectionClass($class);
        foreach ($rc->getMethods(\ReflectionMethod::IS_PUBLIC) as $m) {
            foreach ($m->getAttributes(Route::class) as $a) {
                $route = $a->newInstance();
                $regex = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $route->path) . '$#';
                $this->routes[] = [$route->method, $regex, $class, $m->getName(), $route->name ?? "{$rc->getShortName()}::{$m->name}"];
            }
        }
    }
    public function match(Request $r): ?array
    {
        foreach ($this->routes as [$method, $regex, $class, $action, $name]) {
            if ($method === $r->method && preg_match($regex, $r->path, $m)) {
                return [$class, $action, $name, array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY)];
            }
        }
        return null;
    }
    public function names(): array { return array_column($this->routes, 4); }
}

final class Timing implements Middleware
{
    public function __construct(private Logger $log) {}
    public function process(Request $r, callable $next): Response
    {
        $this->log->log("-> {$r->method} {$r->path}");
        $res = $next($r);
        $this->log->log("<- {$res->status}");
        return $res->withHeader('X-Seen', 'timing');
    }
}

final class Auth implements Middleware
{
    public function process(Request $r, callable $next): Response
    {
        if (($r->headers['token'] ?? '') !== 'secret') return new Response(401, 'denied');
        return $next($r->withAttribute('user', 'admin'));
    }
}

final class Kernel
{
    /** @var Middleware[] */
    private array $stack = [];
    public function __construct(private Container $c, private Router $router) {}
    public function pipe(Middleware ...$m): static { array_push($this->stack, ...$m); return $this; }
    public function handle(Request $r): Response
    {
        $core = function (Request $r): Response {
            $hit = $this->router->match($r);
            if ($hit === null) return new Response(404, "No route for {$r->method} {$r->path}");
            [$class, $action, $name, $params] = $hit;
            foreach ($params as $k => $v) $r = $r->withAttribute($k, $v);
            return $this->c->get($class)->$action($r)->withHeader('X-Route', $name);
        };
        $pipeline = array_reduce(array_reverse($this->stack), fn(callable $next, Middleware $m) => fn(Request $r) => $m->process($r, $next), $core);
        try {
            return $pipeline($r);
        } catch (\Throwable $e) {
            return new Response(500, get_class($e) . ': ' . $e->getMessage() . ' #' . $e->getCode());
        }
    }
}

$c = new Container();
$c->value('db.prefix', 'tbl_');
$router = new Router();
$router->register(UserController::class);
echo implode(', ', $router->names()), "\n";
$k = (new Kernel($c, $router))->pipe($c->get(Timing::class), new Auth());
$reqs = [
    new Request('GET', '/users', headers: ['token' => 'secret']),
    new Request('GET', '/users/2', headers: ['token' => 'secret']),
    new Request('HEAD', '/users/9', headers: ['token' => 'secret']),
    new Request('GET', '/users/1'),
    new Request('POST', '/users', headers: ['token' => 'secret']),
];
foreach ($reqs as $r) { echo $k->handle($r), "\n---\n"; }
print_r($c->get(Logger::class)->entries());
echo "total logs: ", Logger::$total, ", built: {$c->built}\n";
$c->set('a', fn(Container $c) => $c->get('b'));
$c->set('b', fn(Container $c) => $c->get('a'));
try { $c->get('a'); } catch (\LogicException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $c->get('Nope\Missing'); } catch (\App\Di\NotFound $e) { echo $e->getMessage(), ' ', $e->getCode(), "\n"; }
try { $c->get(Middleware::class); } catch (\RuntimeException $e) { echo $e->getMessage(), ' ', $e->getCode(), "\n"; }
class NeedsInt { public function __construct(public int $n) {} }
try { $c->get(NeedsInt::class); } catch (\RuntimeException $e) { echo $e->getMessage(), "\n"; }
$req = new Request('GET', '/');
try { $req->method = 'POST'; } catch (\Error $e) { echo $e->getMessage(), "\n"; }
var_dump($req->withAttribute('x', 1)->attributes(), $req->attributes());

--EXPECTF--
users.list, UserController::show, UserController::show

Fatal error: Uncaught Error: Cannot modify readonly property App\Http\Response::$headers in %s/tests/php/programs/framework.php:50
Stack trace:
#0 %s/tests/php/programs/framework.php(246): App\Http\Response->__toString()
#1 {main}
  thrown in %s/tests/php/programs/framework.php on line 50
