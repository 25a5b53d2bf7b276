--TEST--
program: nullsafe chains, spread with string keys, named arguments to built-ins and user functions, and the messages of common engine errors (TypeError, ArgumentCountError, ValueError, DivisionByZeroError, undefined things)
--FILE--
<?php
declare(strict_types=1);
// nullsafe chains, spread with string keys, named args to builtins, static/self, first-class enum in match, readonly errors
final class Address { public function __construct(public ?string $city = null, public ?Address $next = null) {} public function upper(): ?string { return $this->city ? strtoupper($this->city) : null; } }
final class User { public function __construct(public ?Address $address = null) {} public function getAddress(): ?Address { echo "(getAddress)"; return $this->address; } }
$users = [new User(new Address('paris', new Address('lyon'))), new User(), null];
foreach ($users as $u) {
    echo json_encode($u?->getAddress()?->next?->upper()), ' ', json_encode($u?->address?->city), "\n";
}
function make(string $name, int $age = 0, string ...$tags) { return "$name/$age/" . implode('+', $tags) . '|' . json_encode(func_get_args()); }
$args = ['name' => 'ann', 'age' => 30];
echo make(...$args), "\n";
echo make(...['bob']), ' ', make('cy', ...[5, 'x', 'y']), "\n";
function kw(...$opts) { return json_encode($opts); }
echo kw(1, 2, a: 3, b: 4), ' ', kw(...['x' => 1, 'y' => 2]), "\n";
$parts = [...['a' => 1, 'b' => 2], ...['b' => 3, 5], ...[6]];
echo json_encode($parts), "\n";
echo json_encode(array_slice(array: [1, 2, 3, 4], offset: 1, preserve_keys: true)), ' ', str_pad(string: 'x', length: 5, pad_type: STR_PAD_LEFT, pad_string: '-'), ' ', json_encode(array_fill(start_index: 5, count: 2, value: 'v')), "\n";
echo htmlspecialchars('<a>', double_encode: false), ' ', implode(separator: '|', array: ['a', 'b']), ' ', number_format(num: 1234.5, decimals: 1, thousands_separator: ' '), ' ', json_encode(value: ['a' => 1], flags: JSON_PRETTY_PRINT), "\n";
try { strlen(str: 'x'); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { make(age: 3); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { make('a', name: 'b'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { make('a', 'notint'); } catch (TypeError $e) { echo preg_replace('/, called in.*/', '', $e->getMessage()), "\n"; }
try { strlen(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { array_map('nonexistent_fn', [1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { str_repeat('x', -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { (function(int $x) {})('1'); } catch (TypeError $e) { echo preg_replace('/, called in.*/', '', $e->getMessage()), "\n"; }
try { null->foo(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $x = 'abc'; $x->prop = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $u = new User; echo $u->nope; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo "\n";
try { [] > 0; echo "cmp ok\n"; $r = [] + 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { echo 'a' * 2; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { echo new stdClass . ''; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $f = 'undefined_function_x'; $f(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { new DoesNotExist(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo UNDEFINED_CONST; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo User::NOPE; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $a = [1]; $a[[]] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { echo intdiv(5, 0); } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { echo 5 % 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { echo 5 / 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
echo fdiv(5, 0), ' ', 0 ** 0, ' ', (-8) ** (1/3), ' ', sqrt(-1), ' ', json_encode(is_nan(NAN)), "\n";
function typed(int|string $a, ?float $b = null, iterable $c = [], mixed $d = null): ?array { return null; }
echo (string) (new ReflectionFunction('typed'))->getReturnType(), ' ', implode(', ', array_map(fn($p) => $p->getType() . ' $' . $p->getName(), (new ReflectionFunction('typed'))->getParameters())), "\n";
echo str_contains('', ''), str_starts_with('abc', ''), json_encode(str_ends_with('abc', 'bc')), "\n";
--EXPECTF--
(getAddress)"LYON" "paris"
(getAddress)null null
null null
ann/30/|["ann",30]
bob/0/|["bob"] cy/5/x+y|["cy",5,"x","y"]
{"0":1,"1":2,"a":3,"b":4} {"x":1,"y":2}
{"a":1,"b":3,"0":5,"1":6}
{"1":2,"2":3,"3":4} ----x {"5":"v","6":"v"}
&lt;a&gt; a|b 1 234.5 {
    "a": 1
}
Error: Unknown named parameter $str
make(): Argument #1 ($name) not passed
Named parameter $name overwrites previous argument
make(): Argument #2 ($age) must be of type int, string given
strlen() expects exactly 1 argument, 0 given
array_map(): Argument #1 ($callback) must be a valid callback or null, function "nonexistent_fn" not found or invalid function name
str_repeat(): Argument #2 ($times) must be greater than or equal to 0
{closure}(): Argument #1 ($x) must be of type int, string given
Call to a member function foo() on null
Attempt to assign property "prop" on string

Warning: Undefined property: User::$nope in %s/tests/php/programs/call_errors.php on line 30

cmp ok
Unsupported operand types: array + int
Unsupported operand types: string * int
Object of class stdClass could not be converted to string
Call to undefined function undefined_function_x()
Class "DoesNotExist" not found
Undefined constant "UNDEFINED_CONST"
Undefined constant User::NOPE
Illegal offset type
Division by zero
Modulo by zero
Division by zero
INF 1 NAN NAN true
?array string|int $a, ?float $b, iterable $c, mixed $d
11true
