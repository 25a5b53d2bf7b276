--TEST--
program: rules engine: variable classes and methods, callable strings/arrays, Closure::fromCallable, per-subclass statics, __callStatic facade
--FILE--
<?php
// Rules engine with dynamic dispatch: variable classes/methods, callable strings and arrays, Closure::fromCallable,
// static properties per subclass, static closures, __invoke, __callStatic facades, instanceof with strings
abstract class Rule {
    protected static array $registry = [];
    public static int $created = 0;
    protected static string $alias = 'rule';
    public function __construct(protected array $args = []) { static::$created++; }
    abstract public function check(mixed $v): bool;
    public function message(string $field): string { return sprintf('%s failed %s(%s)', $field, static::$alias, implode(',', $this->args)); }
    public static function register(string ...$classes): void { foreach ($classes as $c) self::$registry[$c::$alias] = $c; }
    public static function make(string $spec): static {
        [$name, $argstr] = array_pad(explode(':', $spec, 2), 2, null);
        $class = self::$registry[$name] ?? throw new InvalidArgumentException("Unknown rule '$name'");
        return new $class($argstr === null ? [] : explode(',', $argstr));
    }
    public static function aliases(): array { return array_keys(self::$registry); }
}
class Required extends Rule { protected static string $alias = 'required'; public function check(mixed $v): bool { return !in_array($v, [null, '', []], true); } }
class Min extends Rule { protected static string $alias = 'min'; public static int $created = 0;
    public function check(mixed $v): bool { return is_numeric($v) ? $v >= $this->args[0] : mb_strlen((string)$v) >= (int)$this->args[0]; } }
class Max extends Min { protected static string $alias = 'max'; public function check(mixed $v): bool { return !parent::check($v) || (is_numeric($v) ? $v == $this->args[0] : mb_strlen((string)$v) == $this->args[0]); } }
class In extends Rule { protected static string $alias = 'in'; public function check(mixed $v): bool { return in_array((string)$v, $this->args, true); } }
class Matches extends Rule { protected static string $alias = 'regex'; public function check(mixed $v): bool { return (bool)preg_match('/' . $this->args[0] . '/', (string)$v); } }
class Call extends Rule { protected static string $alias = 'call';
    public function check(mixed $v): bool { $f = $this->args[0]; if (!is_callable($f)) throw new LogicException("Not callable: $f"); return (bool)$f($v); } }
Rule::register(Required::class, Min::class, Max::class, In::class, Matches::class, Call::class);
echo implode(',', Rule::aliases()), "\n";

final class Validator {
    private array $errors = [];
    public function __construct(private array $schema) {}
    public function __invoke(array $data): bool {
        $this->errors = [];
        foreach ($this->schema as $field => $specs) {
            foreach (explode('|', $specs) as $spec) {
                $rule = Rule::make($spec);
                if (!$rule->check($data[$field] ?? null)) { $this->errors[$field][] = $rule->message($field); if ($rule instanceof Required) break; }
            }
        }
        return !$this->errors;
    }
    public function errors(): array { return $this->errors; }
}
function is_even($n): bool { return $n % 2 === 0; }
class Checks { public static function isUpper(string $s): bool { return strtoupper($s) === $s; } public function nonEmpty($s): bool { return $s !== ''; } }
$v = new Validator(['name' => 'required|min:3|max:10', 'age' => 'required|min:18|call:is_even', 'role' => 'in:admin,user', 'code' => 'regex:^[A-Z]{3}\d$|call:Checks::isUpper', 'nick' => 'call:strlen']);
foreach ([
    ['name' => 'Al', 'age' => 17, 'role' => 'root', 'code' => 'ab1'],
    ['name' => 'Alexander the Great', 'age' => 40, 'role' => 'admin', 'code' => 'ABC1', 'nick' => 'x'],
    ['name' => 'Bob', 'age' => '22', 'role' => 'user', 'code' => 'XYZ9', 'nick' => ''],
    [],
] as $i => $data) {
    $ok = $v($data);
    echo "#$i ", $ok ? 'valid' : 'invalid', "\n";
    foreach ($v->errors() as $f => $msgs) echo "  $f: ", implode('; ', $msgs), "\n";
}
echo 'created: Rule=', Rule::$created, ' Min=', Min::$created, ' Max=', Max::$created, ' Required=', Required::$created, "\n";
try { Rule::make('nope:1'); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
try { (new Call(['no_such_fn']))->check(1); } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
$callables = ['strtoupper', 'Checks::isUpper', [new Checks, 'nonEmpty'], [Checks::class, 'isUpper'], fn($x) => $x, new Validator([]), 'Checks::nope', [new Checks, 'missing'], 'is_even'];
foreach ($callables as $c) { echo var_export(is_callable($c), true), ' '; is_callable($c, false, $name); echo $name, "\n"; }
$f = Closure::fromCallable([new Checks, 'nonEmpty']); echo get_class($f), ' ', var_export($f(''), true), ' ', (new ReflectionFunction($f))->getName(), "\n";
$g = Closure::fromCallable('Checks::isUpper'); echo var_export($g('ABC'), true), "\n";
$method = 'isUpper'; $class = 'Checks'; echo var_export($class::$method('x'), true), ' ', var_export([$class, $method]('Y'), true), ' ', var_export(call_user_func("$class::$method", 'Z'), true), ' ', var_export(call_user_func_array([new $class, 'nonEmpty'], ['s' => 'q']), true), "\n";
$obj = new Max(['5']); $cls = 'Rule'; var_dump($obj instanceof $cls, $obj instanceof Min, is_a($obj, 'Min'), is_subclass_of($obj, 'Max'), is_a('Max', 'Rule', true), $obj::class, get_class($obj), get_parent_class($obj));
$sc = static fn() => isset($this); var_dump($sc());
try { $bound = Closure::bind(static fn() => 1, new Checks); var_dump($bound); } catch (Throwable $e) { echo get_class($e), "\n"; }
class Facade { private static ?Checks $inst = null; public static function __callStatic(string $m, array $a) { self::$inst ??= new Checks; return self::$inst->$m(...$a); } }
var_dump(Facade::nonEmpty('x'), Facade::isUpper('abc'));
try { Facade::missing(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$counter = new class { private int $n = 0; public function __invoke(int $by = 1): int { return $this->n += $by; } };
array_map($counter, [1, 2, 3]); echo $counter(0), ' ', get_class($counter) === (new ReflectionClass($counter))->getName() ? 'anon ok' : 'anon?', ' ', str_contains(get_class($counter), 'class@anonymous') ? 'class@anonymous' : get_class($counter), "\n";
echo implode(',', array_map('Checks::isUpper', ['A', 'b'])) , ' ', implode(',', array_filter(['a', '', 'b'], [new Checks, 'nonEmpty'])), ' ', implode(',', array_map([Rule::class, 'make'] === null ? 'x' : 'strrev', ['ab'])), "\n";

--EXPECTF--
required,min,max,in,regex,call

Fatal error: Uncaught Error: Call to undefined function mb_strlen() in %s/tests/php/programs/rules.php:21
Stack trace:
#0 %s/tests/php/programs/rules.php(38): Min->check('Al')
#1 %s/tests/php/programs/rules.php(54): Validator->__invoke(Array)
#2 {main}
  thrown in %s/tests/php/programs/rules.php on line 21
