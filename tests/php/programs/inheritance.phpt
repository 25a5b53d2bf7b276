--TEST--
program: shapes and jobs (interfaces with constants, abstract classes, static factories with late static binding, static properties redeclared, __get, traits with aliases/visibility/abstract/static members, Closure::bind, anonymous subclass)
--FILE--
<?php
declare(strict_types=1);

interface Shape
{
    const UNITS = 'cm';
    public function area(): float;
    public static function create(float ...$dims): static;
}

interface HasName
{
    public function name(): string;
}

abstract class Base implements Shape, HasName, JsonSerializable
{
    protected static int $instances = 0;
    protected static array $registry = [];

    public function __construct()
    {
        static::$instances++;
        self::$registry[static::class] = (self::$registry[static::class] ?? 0) + 1;
    }

    public static function create(float ...$dims): static
    {
        return new static(...$dims);
    }

    public function name(): string
    {
        return strtolower(static::class);
    }

    abstract public function area(): float;

    public function describe(): string
    {
        return sprintf('%s with area %.2f %s²', $this->name(), $this->area(), static::UNITS);
    }

    public function jsonSerialize(): array
    {
        return ['type' => static::class, 'area' => round($this->area(), 3)] + get_object_vars($this);
    }

    public static function stats(): string
    {
        ksort(self::$registry);
        return json_encode(['instances' => static::$instances, 'registry' => self::$registry]);
    }

    public function __get(string $name): mixed
    {
        echo "  (__get $name)\n";
        return match ($name) {
            'area' => $this->area(),
            default => throw new OutOfRangeException("no property $name on " . static::class),
        };
    }
}

class Circle extends Base
{
    const UNITS = 'mm';

    public function __construct(protected float $r = 1.0)
    {
        parent::__construct();
    }

    public function area(): float
    {
        return M_PI * $this->r ** 2;
    }
}

class Rect extends Base
{
    public function __construct(protected float $w = 1, protected float $h = 1)
    {
        parent::__construct();
    }

    public function area(): float
    {
        return $this->w * $this->h;
    }

    public function name(): string
    {
        return $this->w === $this->h ? 'square' : parent::name();
    }
}

final class Square extends Rect
{
    protected static int $instances = 0;

    public function __construct(float $side = 1)
    {
        parent::__construct($side, $side);
    }

    public static function create(float ...$dims): static
    {
        echo "  (Square::create)\n";
        return parent::create($dims[0] ?? 1);
    }
}

trait Loggable
{
    private array $log = [];

    public function log(string $m): static
    {
        $this->log[] = sprintf('[%s] %s', self::class, $m);
        return $this;
    }

    public function logs(): array
    {
        return $this->log;
    }

    abstract public function id(): int;

    public static function tag(): string
    {
        return static::class . '#trait';
    }
}

trait Counts
{
    private static int $count = 0;
    public static function inc(): int
    {
        return ++self::$count;
    }
}

class Job
{
    use Loggable, Counts {
        Loggable::log as protected write;
        Counts::inc as public next;
    }

    public function __construct(private int $id) {}

    public function id(): int
    {
        return $this->id;
    }

    public function run(): static
    {
        return $this->write("run {$this->id}")->write('done');
    }
}

class SpecialJob extends Job {}

$shapes = [Circle::create(2), Rect::create(3, 4), Square::create(5), new Rect(2, 2), Circle::create()];
foreach ($shapes as $s) {
    echo $s->describe(), "\n";
}
echo Base::stats(), "\n";
echo Square::stats(), "\n";
echo json_encode($shapes[1]), "\n";
echo json_encode($shapes[2]), "\n";
echo $shapes[0]->area === $shapes[0]->area() ? "magic area ok\n" : "mismatch\n";
try {
    $shapes[0]->volume;
} catch (OutOfRangeException $e) {
    echo $e->getMessage(), "\n";
}
usort($shapes, fn(Shape $a, Shape $b) => $a->area() <=> $b->area());
echo implode(' < ', array_map(fn($s) => $s->name(), $shapes)), "\n";
echo Shape::UNITS, ' ', Circle::UNITS, ' ', Square::UNITS, ' ', constant('Rect::UNITS'), "\n";
var_dump($shapes[0] instanceof Shape, $shapes[0] instanceof HasName, is_subclass_of(Square::class, Base::class), in_array(Shape::class, class_implements(new Square)));
echo implode(',', class_parents(new Square)), ' | ', get_parent_class(new Square), "\n";
try {
    new Base();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}

$job = new Job(7);
print_r($job->run()->logs());
echo Job::next(), Job::next(), SpecialJob::next(), ' ', Job::tag(), ' ', SpecialJob::tag(), "\n";
try {
    $job->write('x');
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
print_r(class_uses($job));
var_dump(method_exists($job, 'write'), is_callable([$job, 'write']), (new ReflectionMethod(Job::class, 'write'))->isProtected());

// static/self/parent in closures and late static binding through callables
class Model
{
    public static function make(): static
    {
        return new static();
    }
    public static function factory(): Closure
    {
        return static fn() => static::make();
    }
    public function who(): string
    {
        return static::class . '/' . self::class . '/' . get_class($this) . '/' . get_called_class();
    }
}
class User extends Model {}
echo User::make()->who(), "\n";
echo get_class((User::factory())()), "\n";
echo get_class(call_user_func([User::class, 'make'])), ' ', get_class(call_user_func('User::make')), "\n";
$bound = Closure::bind(function () {
    return static::class;
}, null, User::class);
echo $bound(), "\n";
echo (new class extends User {
    public function who(): string
    {
        return 'anon:' . parent::who() === '' ? '' : 'anon child of ' . get_parent_class($this);
    }
})->who(), "\n";
--EXPECT--
(Square::create)
circle with area 12.57 mm²
rect with area 12.00 cm²
square with area 25.00 cm²
square with area 4.00 cm²
circle with area 3.14 mm²
{"instances":4,"registry":{"Circle":2,"Rect":2,"Square":1}}
{"instances":1,"registry":{"Circle":2,"Rect":2,"Square":1}}
{"type":"Rect","area":12,"w":3,"h":4}
{"type":"Square","area":25,"w":5,"h":5}
  (__get area)
magic area ok
  (__get volume)
no property volume on Circle
circle < square < rect < circle < square
cm mm cm cm
bool(true)
bool(true)
bool(true)
bool(true)
Rect,Base | Rect
Cannot instantiate abstract class Base
Array
(
    [0] => [Job] run 7
    [1] => [Job] done
)
123 Job#trait SpecialJob#trait
Call to protected method Job::write() from global scope
Array
(
    [Loggable] => Loggable
    [Counts] => Counts
)
bool(true)
bool(false)
bool(true)
User/Model/User/User
User
User User
User
anon child of User
