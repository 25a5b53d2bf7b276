--TEST--
program: PHP 8.1/8.2 features (readonly classes, true/false/null types, enum interfaces and constants, trait constants, SensitiveParameter, typed property coercion, instantiation errors)
--FILE--
<?php
readonly class Point {
    public function __construct(public int $x, public int $y) {}
    public function withX(int $x): static { return new static($x, $this->y); }
}
$p = new Point(1, 2);
$q = $p->withX(5);
echo "$q->x,$q->y\n";
try { $p->x = 9; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $p->z = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
function alwaysFalse(): false { return false; }
function nothing(): null { return null; }
function yes(): true { return true; }
var_dump(alwaysFalse(), nothing(), yes());
interface HasArea { const UNITS = 'cm'; public function area(): float; }
trait Named { public const PREFIX = 'shape:'; public function name(): string { return self::PREFIX . static::class; } }
enum Shape: string implements HasArea {
    use Named;
    case Square = 'sq';
    case Circle = 'ci';
    const DEFAULT = self::Square;
    public function area(): float { return match ($this) { self::Square => 4.0, self::Circle => M_PI }; }
    public static function biggest(): self { $all = self::cases(); usort($all, fn($a, $b) => $b->area() <=> $a->area()); return $all[0]; }
}
echo Shape::DEFAULT->name(), ' ', Shape::biggest()->value, ' ', Shape::UNITS, ' ', sprintf('%.3f', Shape::Circle->area()), "\n";
var_dump(Shape::Circle instanceof HasArea);
echo $r->getInt(1, 100), ' ', $r->getInt(1, 100), ' ', implode(',', $r->shuffleArray([1, 2, 3, 4, 5])), ' ', $r->shuffleBytes('abcdef'), "\n";
mt_srand(1234); echo mt_rand(1, 100), ' ', mt_rand(1, 100), "\n";
var_dump(str_split(""));
echo ini_parse_quantity('128M'), ' ', ini_parse_quantity('1G'), "\n";
function secret(#[SensitiveParameter] string $password, string $user) { throw new Exception("fail for $user"); }
try { secret('hunter2', 'bob'); } catch (Exception $e) { echo $e->getMessage(), "\n"; echo preg_replace('/\/\S+\//', '', $e->getTraceAsString()), "\n"; }
echo iterator_count((fn() => yield from [1, 2, 3])()), ' ', implode(',', iterator_to_array([4, 5])), "\n";
$enumConst = constant('Shape::Circle');
var_dump($enumConst === Shape::Circle, Shape::tryFrom('xx')?->name, Shape::from('ci')->name);
enum Level: int { case Low = 1; case High = 3;
    public static function fromLabel(string $s): static { return constant("self::$s"); }
    public function label(): string { return ucfirst(strtolower($this->name)); } }
echo Level::fromLabel('High')->value, ' ', Level::High->label(), ' ', json_encode(Level::cases()), ' ', json_encode(['l' => Level::Low]), "\n";
var_dump(Level::Low < Level::High, Level::Low == Level::Low);
$fn = strtoupper(...);
echo (new ReflectionFunction($fn))->getName(), ' ', $fn('x'), "\n";
abstract class Base { abstract protected function hook(): string; public function run(): string { return static::class . ':' . $this->hook(); } }
try { new Base; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $x = HasArea::class; new $x; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { new Shape(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { clone Shape::Square; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { Level::from(2); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { Level::from('x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$o = new class { public int $typed; public ?string $n = null; };
try { echo $o->typed; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $o->typed = 'abc'; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$o->typed = '42'; var_dump($o->typed);
$o->typed = 4.0; var_dump($o->typed);
try { $o->typed = 4.5; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$o->typed++; var_dump($o->typed);
$o->dyn = 1;
echo "dynamic ok\n";
class NoDyn {}
$nd = new NoDyn; $nd->x = 1;
echo "deprecated dyn (no output under default ini)\n";
echo sprintf('%s', true), sprintf('[%5.1s]', 'xyz'), "\n";
echo json_encode(['float' => 1.0, 'neg' => -0.0]), ' ', var_export(-0.0, true), ' ', 0.1 + 0.2 === 0.3 ? 'eq' : 'neq', "\n";
--EXPECTF--
5,2
Cannot modify readonly property Point::$x
Cannot create dynamic property Point::$z
bool(false)
NULL
bool(true)
shape:Shape sq cm 3.142
bool(true)

Warning: Undefined variable $r in %s/tests/php/programs/php82.php on line 27

Fatal error: Uncaught Error: Call to a member function getInt() on null in %s/tests/php/programs/php82.php:27
Stack trace:
#0 {main}
  thrown in %s/tests/php/programs/php82.php on line 27
