--TEST--
program: traits in depth: insteadof/as, visibility changes, abstract/static members, trait constants, traits in enums, singletons
--FILE--
<?php
// Traits in depth: conflict resolution (insteadof/as), visibility changes, abstract and static members, trait constants (8.2),
// traits in enums, static properties per using class, __CLASS__/self/static inside traits, reflection of traits
trait Greets {
    public const GREETING = 'Hello';
    protected static int $greeted = 0;
    public function greet(string $who): string { static::$greeted++; return sprintf('%s, %s! (from %s via %s)', self::GREETING, $who, __CLASS__, __TRAIT__); }
    public static function greetedCount(): int { return static::$greeted; }
    abstract public function name(): string;
}
trait Waves {
    public function greet(string $who): string { return "*waves at $who*"; }
    public function wave(): string { return static::class . ' waves'; }
    private function secret(): string { return 'secret of ' . self::class; }
}
trait Counts {
    private array $counts = [];
    public function hit(string $k): int { return $this->counts[$k] = ($this->counts[$k] ?? 0) + 1; }
    public static function make(): static { return new static(); }
}
trait Composite { use Counts, Waves { Waves::wave as protected baseWave; } public function wave(): string { return strtoupper($this->baseWave()); } }

class Person {
    use Greets, Waves {
        Greets::greet insteadof Waves;
        Waves::greet as waveGreet;
        secret as public revealed;
    }
    public function __construct(private string $n = 'anon') {}
    public function name(): string { return $this->n; }
}
class Robot { use Greets; use Composite; public function name(): string { return 'R2'; } }
class Child extends Person { public function greet(string $who): string { return 'Child says: ' . parent::greet($who); } }

$p = new Person('Ann'); $r = Robot::make(); $c = new Child('Kid');
echo $p->greet('Bob'), "\n", $p->waveGreet('Bob'), "\n", $p->revealed(), "\n", $p->wave(), "\n";
echo $r->greet('C3PO'), "\n", $r->wave(), ' ', $r->hit('x'), $r->hit('x'), $r->hit('y'), "\n";
echo $c->greet('Dad'), "\n";
echo Person::greetedCount(), ' ', Robot::greetedCount(), ' ', Child::greetedCount(), "\n";
echo Person::GREETING, ' ', Robot::GREETING, ' ', constant('Child::GREETING'), "\n";
try { echo Greets::GREETING; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r->baseWave(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $p->secret(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
print_r(class_uses($r)); print_r(class_uses($c)); print_r((new ReflectionClass('Composite'))->getTraitNames());
$rc = new ReflectionClass(Person::class);
print_r($rc->getTraitAliases());
echo json_encode(array_map(fn($m) => $m->name, $rc->getMethods())), "\n";
echo json_encode((new ReflectionClass('Greets'))->isTrait()), json_encode(trait_exists('Waves')), json_encode(class_exists('Waves')), json_encode(method_exists('Robot', 'baseWave')), json_encode(is_callable([$r, 'baseWave'])), "\n";
$m = new ReflectionMethod(Person::class, 'revealed'); echo $m->isPublic() ? 'public' : 'not public', ' ', $m->getDeclaringClass()->getName(), ' ', $m->getFileName() === __FILE__ ? 'file ok' : 'file?', "\n";

interface HasColor { public function color(): string; }
trait DescribesEnum {
    public const SEPARATOR = ': ';
    public function describe(): string { return $this->name . self::SEPARATOR . $this->color(); }
    public static function list(): string { return implode(', ', array_map(fn(self $c) => $c->describe(), self::cases())); }
}
enum Fruit: string implements HasColor {
    use DescribesEnum;
    case Apple = 'apple'; case Banana = 'banana'; case Plum = 'plum';
    public function color(): string { return match ($this) { self::Apple => 'red', self::Banana => 'yellow', self::Plum => 'purple' }; }
}
echo Fruit::list(), "\n", Fruit::Banana->describe(), ' ', Fruit::SEPARATOR, "|\n";
var_dump(Fruit::Plum instanceof HasColor, in_array('DescribesEnum', class_uses(Fruit::class)));

trait Singleton {
    private static ?self $instance = null;
    public static function instance(): static { return self::$instance ??= new static(); }
    private function __construct() { echo 'constructing ', static::class, "\n"; }
}
final class Config { use Singleton; public array $values = []; }
final class Registry { use Singleton; }
Config::instance()->values['a'] = 1; Config::instance()->values['b'] = 2; Registry::instance();
echo json_encode(Config::instance()->values), ' ', Config::instance() === Config::instance() ? 'same' : 'diff', ' ', Registry::instance() === Config::instance() ? 'shared' : 'separate', "\n";
try { new Config(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
trait T1 { public function hello() { return 'T1'; } }
trait T2 { public function hello() { return 'T2'; } }
class UsesBoth { use T1, T2 { T2::hello insteadof T1; T1::hello as protected helloT1; } public function both() { return $this->hello() . '+' . $this->helloT1(); } }
echo (new UsesBoth)->both(), "\n";
trait StaticCounter { public static $n = 0; public static function inc() { return ++static::$n; } }
class A1 { use StaticCounter; } class B1 { use StaticCounter; } class C1 extends A1 {}
A1::inc(); A1::inc(); B1::inc(); C1::inc(); echo A1::$n, B1::$n, C1::$n, "\n";
trait WithCtor { public function __construct(public int $x = 7) {} }
class Pt { use WithCtor; } echo (new Pt)->x, (new Pt(3))->x, "\n";
trait Abs { abstract protected static function create(int $v): static; public static function of(int $v): static { return static::create($v); } }
class Val { use Abs; private function __construct(public int $v) {} protected static function create(int $v): static { return new static($v * 2); } }
echo Val::of(21)->v, "\n";

--EXPECTF--
Fatal error: Trait method Composite::greet has not been applied as Robot::greet, because of collision with Greets::greet in %s/tests/php/programs/traits2.php on line 32
