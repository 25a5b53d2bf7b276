--TEST--
program: dependency-injection container (ReflectionClass::newInstanceArgs with named args, constructor parameters, attributes read by reflection, singletons, circular dependency detection)
--FILE--
<?php
declare(strict_types=1);

#[Attribute(Attribute::TARGET_CLASS)]
final class Singleton {}

#[Attribute(Attribute::TARGET_PARAMETER)]
final class Inject
{
    public function __construct(public string $id) {}
}

interface LoggerInterface
{
    public function log(string $msg): void;
}

final class MemoryLogger implements LoggerInterface
{
    public array $lines = [];
    public function log(string $msg): void
    {
        $this->lines[] = $msg;
    }
}

#[Singleton]
final class Config
{
    private static int $instances = 0;
    public function __construct(public array $values = ['dsn' => 'sqlite::memory:', 'debug' => true])
    {
        self::$instances++;
    }
    public static function instances(): int
    {
        return self::$instances;
    }
}

final class Database
{
    public function __construct(
        public readonly Config $config,
        public readonly LoggerInterface $logger,
        #[Inject('db.timeout')] public readonly int $timeout = 30,
    ) {
        $logger->log("db connected to {$config->values['dsn']} (timeout {$timeout})");
    }
}

final class UserRepository
{
    public function __construct(private Database $db, private ?Cache $cache = null, string ...$tables)
    {
        $db->logger->log('repo tables: ' . (implode(',', $tables) ?: 'none'));
    }
    public function hasCache(): bool
    {
        return $this->cache !== null;
    }
}

final class Cache {}

final class NeedsScalar
{
    public function __construct(int $port) {}
}

class ContainerException extends Exception {}

final class Container
{
    private array $bindings = [];
    private array $instances = [];
    private array $resolving = [];

    public function bind(string $id, string|Closure $concrete): void
    {
        $this->bindings[$id] = $concrete;
    }

    public function set(string $id, mixed $value): void
    {
        $this->instances[$id] = $value;
    }

    public function get(string $id): mixed
    {
        if (array_key_exists($id, $this->instances)) {
            return $this->instances[$id];
        }
        if (isset($this->resolving[$id])) {
            throw new ContainerException('circular dependency: ' . implode(' -> ', array_keys($this->resolving)) . " -> $id");
        }
        $this->resolving[$id] = true;
        try {
            $concrete = $this->bindings[$id] ?? $id;
            $object = $concrete instanceof Closure ? $concrete($this) : $this->build($concrete);
        } finally {
            unset($this->resolving[$id]);
        }
        $class = is_object($object) ? new ReflectionClass($object) : null;
        if ($class !== null && $class->getAttributes(Singleton::class) !== []) {
            $this->instances[$id] = $object;
        }
        return $object;
    }

    private function build(string $class): object
    {
        if (!class_exists($class) && !interface_exists($class)) {
            throw new ContainerException("unknown service $class");
        }
        $ref = new ReflectionClass($class);
        if (!$ref->isInstantiable()) {
            throw new ContainerException("{$ref->getName()} is not instantiable");
        }
        $ctor = $ref->getConstructor();
        if ($ctor === null) {
            return $ref->newInstance();
        }
        $args = [];
        foreach ($ctor->getParameters() as $p) {
            if ($p->isVariadic()) {
                break;
            }
            $args[$p->getName()] = $this->resolveParameter($p);
        }
        return $ref->newInstanceArgs($args);
    }

    private function resolveParameter(ReflectionParameter $p): mixed
    {
        foreach ($p->getAttributes(Inject::class) as $attr) {
            $inject = $attr->newInstance();
            if (array_key_exists($inject->id, $this->instances)) {
                return $this->instances[$inject->id];
            }
        }
        $type = $p->getType();
        if ($type instanceof ReflectionNamedType && !$type->isBuiltin()) {
            if ($type->allowsNull() && !isset($this->bindings[$type->getName()]) && !class_exists($type->getName())) {
                return null;
            }
            return $this->get($type->getName());
        }
        if ($p->isDefaultValueAvailable()) {
            return $p->getDefaultValue();
        }
        throw new ContainerException(sprintf(
            'cannot resolve parameter $%s (#%d, %s) of %s::%s',
            $p->getName(),
            $p->getPosition(),
            $type ?? 'untyped',
            $p->getDeclaringClass()?->getName(),
            $p->getDeclaringFunction()->getName()
        ));
    }
}

$c = new Container();
$c->bind(LoggerInterface::class, MemoryLogger::class);
$logger = new MemoryLogger();
$c->bind(LoggerInterface::class, fn() => $logger);

$repo = $c->get(UserRepository::class);
echo get_class($repo), ' cache=', var_export($repo->hasCache(), true), "\n";
$db1 = $c->get(Database::class);
$db2 = $c->get(Database::class);
echo 'same db: ', var_export($db1 === $db2, true), ', same config: ', var_export($db1->config === $db2->config, true), "\n";
echo 'config instances: ', Config::instances(), "\n";
$c->set('db.timeout', 5);
echo 'timeout: ', $c->get(Database::class)->timeout, "\n";
print_r($logger->lines);

foreach ([NeedsScalar::class, LoggerInterface::class . 'X', Event::class ?? 'x'] as $id) {
    try {
        $c->get($id);
    } catch (ContainerException $e) {
        echo 'error: ', $e->getMessage(), "\n";
    }
}

abstract class Shape {}
try {
    $c->get(Shape::class);
} catch (ContainerException $e) {
    echo 'error: ', $e->getMessage(), "\n";
}

class A { public function __construct(B $b) {} }
class B { public function __construct(A $a) {} }
try {
    $c->get(A::class);
} catch (ContainerException $e) {
    echo 'error: ', $e->getMessage(), "\n";
}

// describe constructors by reflection
foreach ([Database::class, UserRepository::class] as $cls) {
    $ctor = (new ReflectionClass($cls))->getConstructor();
    echo $cls, '(', $ctor->getNumberOfParameters(), '/', $ctor->getNumberOfRequiredParameters(), ")\n";
    foreach ($ctor->getParameters() as $p) {
        $t = $p->getType();
        printf(
            "  %s%s\$%s%s%s%s\n",
            $t ? $t . ' ' : '',
            $p->isVariadic() ? '...' : '',
            $p->getName(),
            $p->isDefaultValueAvailable() ? ' = ' . var_export($p->getDefaultValue(), true) : '',
            $p->isPromoted() ? ' [promoted]' : '',
            $p->allowsNull() ? ' [nullable]' : ''
        );
    }
}
$attrs = (new ReflectionClass(Config::class))->getAttributes();
echo count($attrs), ' attribute(s): ', $attrs[0]->getName(), ' target=', $attrs[0]->getTarget(), "\n";
--EXPECT--
UserRepository cache=true
same db: false, same config: true
config instances: 1
timeout: 5
Array
(
    [0] => db connected to sqlite::memory: (timeout 30)
    [1] => repo tables: none
    [2] => db connected to sqlite::memory: (timeout 30)
    [3] => db connected to sqlite::memory: (timeout 30)
    [4] => db connected to sqlite::memory: (timeout 5)
)
error: cannot resolve parameter $port (#0, int) of NeedsScalar::__construct
error: unknown service LoggerInterfaceX
error: unknown service Event
error: Shape is not instantiable
error: circular dependency: A -> B -> A
Database(3/2)
  Config $config [promoted]
  LoggerInterface $logger [promoted]
  int $timeout = 30 [promoted]
UserRepository(3/1)
  Database $db [promoted]
  ?Cache $cache = NULL [promoted] [nullable]
  string ...$tables
1 attribute(s): Singleton target=1
