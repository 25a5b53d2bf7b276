--TEST--
program: coercive typing: typed properties, parameters and returns converting scalars or refusing, union type preference, built-in argument coercion
--FILE--
<?php
// Coercive typing mode: parameters, returns and typed properties converting scalars (and refusing), union types,
// nullable defaults, int|float|string preference order, deprecations for lossy conversions, strict calls inside
class Product {
    public int $qty = 0;
    public float $price = 0.0;
    public string $sku = '';
    public ?bool $active = null;
    public int|string $code = 0;
    public int|float $weight = 0;
    public bool|string $flag = false;
    public iterable $tags = [];
}
$p = new Product();
$tries = [
    ['qty', '42'], ['qty', '42.0'], ['qty', 42.0], ['qty', '1e2'], ['qty', true], ['qty', ' 7'], ['qty', '7 '], ['qty', 3.5], ['qty', '3.5'], ['qty', 'abc'], ['qty', null], ['qty', []],
    ['price', '19.99'], ['price', 5], ['price', '1e3'], ['price', false], ['price', 'x'],
    ['sku', 123], ['sku', 1.50], ['sku', true], ['sku', new class { public function __toString(): string { return 'STR'; } }], ['sku', []],
    ['active', 1], ['active', 'yes'], ['active', 0.0], ['active', null], ['active', ''],
    ['code', '0012'], ['code', 12.0], ['code', 12.5], ['code', true], ['code', '12.5'],
    ['weight', '5'], ['weight', '5.5'], ['weight', '1e1'], ['weight', true], ['weight', 'five'],
    ['flag', 1], ['flag', 'on'], ['flag', 2.5],
    ['tags', new ArrayIterator([1])], ['tags', 'a,b'],
];
foreach ($tries as [$prop, $val]) {
    try { $p->$prop = $val; echo str_pad("$prop <- " . (is_object($val) ? get_class($val) : var_export($val, true)), 36), '=> '; var_dump($p->$prop); }
    catch (TypeError $e) { echo str_pad("$prop <- " . (is_object($val) ? 'object' : var_export($val, true)), 36), '!! ', $e->getMessage(), "\n"; }
}
function takesInt(int $i) { return $i; }
function takesFloat(float $f) { return $f; }
function takesString(string $s) { return $s; }
function takesBool(bool $b) { return $b; }
function takesNullable(?int $i = null) { return $i; }
function takesUnion(int|float|bool $v) { return $v; }
function returnsInt($v): int { return $v; }
function returnsString($v): string { return $v; }
function returnsVoid(): void { return; }
function returnsStatic(): ?static { return null; }
foreach (['takesInt' => ['5', 5.0, '5.5', 5.5, false, null, '0x1A', ' 12 '], 'takesFloat' => ['1.5', 3, '1e-2', 'nan', true], 'takesString' => [1, 1.0, 0.1 + 0.2, false, 1e100], 'takesBool' => [0, '0', '', 'false', 0.1, []], 'takesNullable' => [null, '3'], 'takesUnion' => ['1', '1.5', '1e1', 'abc', '', true, null], 'returnsInt' => ['9', 9.9, '9.0', 'x'], 'returnsString' => [9, 9.5, null, true]] as $fn => $inputs) {
    foreach ($inputs as $in) {
        try { $r = $fn($in); echo "$fn(", var_export($in, true), ') = '; var_dump($r); }
        catch (TypeError $e) { echo "$fn(", is_array($in) ? '[]' : var_export($in, true), ') !! ', preg_replace('/, called in .* on line \d+/', '', $e->getMessage()), "\n"; }
    }
}
var_dump(returnsVoid(), takesNullable());
echo intdiv('10', '3'), ' ', str_repeat('ab', '2'), ' ', round('3.7'), ' ', abs('-5'), ' ', max('10', '9'), ' ', max('10', '9a'), ' ', array_sum(['1', '2.5']), ' ', strlen(12345), ' ', substr(12345, 1, 2), "\n";
try { echo str_repeat('x', '2.5'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { echo str_repeat('x', 'two'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { echo strlen([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { echo array_sum(5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo str_pad('x', 3.0, '-'), ' ', chr(65.9), ' ', range(1, '3')[2], ' ', implode(',', array_fill(0, '2', 'z')), "\n";
$ref = new ReflectionProperty(Product::class, 'code'); echo $ref->getType(), ' ', $ref->getType()->allowsNull() ? 'nullable' : 'not null', ' ', implode('|', array_map(fn($t) => $t->getName(), $ref->getType()->getTypes())), "\n";
$int = 5; $int += '5'; $int .= 5; var_dump($int); $f = '1.5'; $f *= 2; var_dump($f); $s = '5'; $s++; var_dump($s); $n = '5.5'; $n++; var_dump($n);

--EXPECTF--
Fatal error: Cannot use "static" when no class scope is active in %s/tests/php/programs/coercion.php on line 38
