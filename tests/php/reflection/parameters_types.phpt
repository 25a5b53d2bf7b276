--TEST--
ReflectionParameter and ReflectionNamedType / ReflectionUnionType
--FILE--
<?php
const LIMIT = 10;
class Dep {}
class Svc {
    const MODE = 'fast';
    public function __construct(
        public readonly Dep $dep,
        protected ?int $n = null,
        $untyped = [1, 2],
        int|string|null $u = self::MODE,
        int $lim = LIMIT,
        mixed $m = PHP_INT_MAX,
        bool|float &$ref = false,
        Dep|array ...$rest
    ) {}
}
function f(self|static|iterable|callable $x = null) {}
$params = (new ReflectionMethod('Svc', '__construct'))->getParameters();
foreach ($params as $p) {
    echo $p->getPosition(), ' $', $p->getName(), ' ', $p->hasType() ? $p->getType() : '-', ' ', get_class($p->getType() ?? new stdClass), "\n";
    var_dump($p->allowsNull(), $p->isOptional(), $p->isVariadic(), $p->isPassedByReference(), $p->isPromoted(), $p->isDefaultValueAvailable());
    if ($p->isDefaultValueAvailable()) {
        var_dump($p->getDefaultValue(), $p->isDefaultValueConstant());
        if ($p->isDefaultValueConstant()) var_dump($p->getDefaultValueConstantName());
    }
    $t = $p->getType();
    if ($t instanceof ReflectionNamedType) {
        var_dump($t->getName(), $t->isBuiltin(), $t->allowsNull());
    } elseif ($t instanceof ReflectionUnionType) {
        foreach ($t->getTypes() as $m) echo '  ', $m->getName(), ' ', var_export($m->isBuiltin(), true), "\n";
    }
}
var_dump($params[0]->getDeclaringClass()->getName(), $params[0]->getDeclaringFunction()->getName());
$p = new ReflectionParameter(['Svc', '__construct'], 'lim');
var_dump($p->getPosition());
$p = new ReflectionParameter('strlen', 0);
var_dump($p->getName(), $p->isOptional(), $p->getDeclaringClass());
try { new ReflectionParameter('strlen', 5); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { new ReflectionParameter('strlen', 'nope'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { $params[0]->getDefaultValue(); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
$rt = (new ReflectionFunction(fn(): ?Dep => null))->getReturnType();
var_dump((string) $rt, $rt->getName(), $rt->allowsNull(), $rt->isBuiltin());
$rt = (new ReflectionFunction(fn(): static|null => null))->getReturnType();
var_dump(get_class($rt), (string) $rt);
var_dump((new ReflectionFunction(function () {}))->getReturnType());
--EXPECTF--
Parse error: syntax error, unexpected token "static" in %s/tests/php/reflection/parameters_types.php on line 17
