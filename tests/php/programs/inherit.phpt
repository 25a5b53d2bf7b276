--TEST--
program: inheritance (abstract/final, static props redeclared per class, LSB, parent:: chains, traits with magic constants, __call/__callStatic, ctor/dtor chains, interface constants)
--FILE--
<?php
interface Shape { public function area(): float; public function name(): string; }
abstract class Base implements Shape, JsonSerializable {
    protected static int $count = 0;
    public static array $registry = [];
    public function __construct() { static::$count++; self::$registry[] = static::class; }
    public function name(): string { return strtolower(static::class); }
    public static function count(): int { return static::$count; }
    public function jsonSerialize(): array { return ['type' => $this->name(), 'area' => round($this->area(), 2)]; }
    public function __toString(): string { return sprintf('%s(%.2f)', $this->name(), $this->area()); }
    abstract public function scale(float $f): static;
}
class Circle extends Base {
    public function __construct(private float $r) { parent::__construct(); }
    public function area(): float { return M_PI * $this->r ** 2; }
    public function scale(float $f): static { return new static($this->r * $f); }
}
class Rect extends Base {
    public function __construct(protected float $w, protected float $h) { parent::__construct(); }
    public function area(): float { return $this->w * $this->h; }
    public function scale(float $f): static { return new static($this->w * $f, $this->h * $f); }
}
final class Square extends Rect {
    protected static int $count = 0;
    public function __construct(float $s) { parent::__construct($s, $s); }
    public function name(): string { return 'square[' . parent::name() . ']'; }
    public function scale(float $f): static { return new static($this->w * $f); }
}
$shapes = [new Circle(1), new Rect(2, 3), new Square(2), (new Square(1))->scale(3), (new Circle(2))->scale(0.5)];
usort($shapes, fn(Shape $a, Shape $b) => $a->area() <=> $b->area());
echo implode(' ', $shapes), "\n";
echo json_encode($shapes), "\n";
echo Base::count(), ' ', Circle::count(), ' ', Rect::count(), ' ', Square::count(), "\n";
echo implode(',', Base::$registry), "\n";
var_dump($shapes[0] instanceof Shape, is_a($shapes[0], 'Base'), is_subclass_of('Square', 'Rect'), get_parent_class(new Square(1)));
echo implode(',', array_map(fn($s) => $s::class, $shapes)), "\n";
abstract class Model {
    protected static string $table;
    public static function query(): string { return 'SELECT * FROM ' . static::$table . ' /* ' . static::class . ' via ' . self::class . ' */'; }
    public static function make(array $a): static { $m = new static; foreach ($a as $k => $v) $m->$k = $v; return $m; }
    public function __get($k) { return "magic:$k"; }
}
class Post extends Model { protected static string $table = 'posts'; public $title; }
class Comment extends Model { protected static string $table = 'comments'; }
echo Post::query(), "\n", Comment::query(), "\n";
$p = Post::make(['title' => 'Hi']);
echo $p->title, ' ', $p->missing, ' ', get_class($p), "\n";
trait Greets { public function hello() { return 'Hello from ' . self::class . '/' . static::class . '/' . __TRAIT__ . '/' . __CLASS__ . '::' . __FUNCTION__ . ' ' . __METHOD__; } }
trait Counts { private int $n = 0; public function inc(): static { $this->n++; return $this; } public function n(): int { return $this->n; } }
class Greeter { use Greets, Counts; }
class LoudGreeter extends Greeter { public function hello() { return strtoupper(parent::hello()); } }
echo (new Greeter)->hello(), "\n", (new LoudGreeter)->hello(), "\n", (new Greeter)->inc()->inc()->n(), "\n";
class A { public function __call($m, $a) { return "A::__call($m)"; } public static function __callStatic($m, $a) { return "A::__callStatic($m)"; } private function secret() { return 'secret'; } public function test() { return $this->secret(); } }
class B extends A { public function viaParent() { return parent::secret(); } }
$b = new B;
echo $b->secret(), ' ', B::anything(), ' ', $b->test(), "\n";
class P1 { public function __construct() { echo "P1 ctor\n"; } public function __destruct() { echo "P1 dtor ", static::class, "\n"; } }
class C1 extends P1 { public function __construct() { echo "C1 ctor\n"; parent::__construct(); } }
class C2 extends P1 { }
$c1 = new C1; $c2 = new C2; unset($c1, $c2);
interface HasConst { const X = 'iface'; }
class Impl implements HasConst { const Y = self::X . '+impl'; }
class Sub extends Impl { const X2 = parent::Y . '+sub'; }
echo Impl::Y, ' ', Sub::X2, ' ', Sub::X, ' ', constant('Sub::Y'), "\n";
final class Immutable { public function __construct(public readonly array $data) {} public function with(string $k, $v): static { $d = $this->data; $d[$k] = $v; return new static($d); } }
$i1 = new Immutable(['a' => 1]); $i2 = $i1->with('b', 2); echo json_encode($i1->data), json_encode($i2->data), "\n";
--EXPECT--
circle(3.14) circle(3.14) square[square](4.00) rect(6.00) square[square](9.00)
[{"type":"circle","area":3.14},{"type":"circle","area":3.14},{"type":"square[square]","area":4},{"type":"rect","area":6},{"type":"square[square]","area":9}]
4 4 4 3
Circle,Rect,Square,Square,Square,Circle,Circle
bool(true)
bool(true)
bool(true)
string(4) "Rect"
Circle,Circle,Square,Rect,Square
SELECT * FROM posts /* Post via Model */
SELECT * FROM comments /* Comment via Model */
Hi magic:missing Post
Hello from Greeter/Greeter/Greets/Greeter::hello Greets::hello
HELLO FROM GREETER/LOUDGREETER/GREETS/GREETER::HELLO GREETS::HELLO
2
A::__call(secret) A::__callStatic(anything) secret
C1 ctor
P1 ctor
P1 ctor
P1 dtor C1
P1 dtor C2
iface+impl iface+impl+sub iface iface+impl
{"a":1}{"a":1,"b":2}
