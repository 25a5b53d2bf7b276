--TEST--
program: error handling: warnings to ErrorException, finally ordering, exceptions from destructors/__toString, previous chains, uncaught at the end
--FILE--
<?php
// Error handling: warnings to ErrorException, finally ordering, exceptions from destructors and __toString, chained previous, uncaught at the end
set_error_handler(function (int $no, string $str, string $file, int $line): bool {
    if (!(error_reporting() & $no)) { echo "[suppressed $no: $str]\n"; return false; }
    throw new ErrorException($str, 0, $no, $file, $line);
});
function risky(string $what) {
    return match ($what) {
        'undef' => $GLOBALS['nope']['deeper'],
        'div' => 1 % 0,
        'str' => 'abc' * 2,
        'arr' => [] . '',
        'file' => file_get_contents('/definitely/not/here'),
        'conv' => (string)[1],
        'silenced' => @$undefinedVar,
        default => "ok:$what",
    };
}
foreach (['undef', 'div', 'str', 'arr', 'file', 'conv', 'silenced', 'fine'] as $w) {
    try {
        $r = risky($w);
        echo "$w => ", var_export($r, true), "\n";
    } catch (ErrorException $e) {
        printf("%s: ErrorException(sev=%d) %s @%d\n", $w, $e->getSeverity(), $e->getMessage(), $e->getLine());
    } catch (Throwable $e) {
        printf("%s: %s %s\n", $w, get_class($e), $e->getMessage());
    }
}
restore_error_handler();

function order(): string {
    $log = [];
    try {
        try {
            $log[] = 'try';
            throw new RuntimeException('inner');
        } catch (LogicException $e) {
            $log[] = 'wrong catch';
        } finally {
            $log[] = 'inner finally';
        }
    } catch (RuntimeException $e) {
        $log[] = 'outer catch ' . $e->getMessage();
        return implode(' > ', $log) . ' | returned';
    } finally {
        $log[] = 'outer finally';
        echo implode(' > ', $log), "\n";
    }
}
echo order(), "\n";
function finallyOverrides() { try { return 'try'; } finally { return 'finally'; } }
echo finallyOverrides(), "\n";
function finallyThrows() { try { throw new Exception('first'); } finally { throw new Exception('second'); } }
try { finallyThrows(); } catch (Exception $e) { echo $e->getMessage(), ' prev=', $e->getPrevious()?->getMessage() ?? 'none', "\n"; }
function loopFinally() { foreach ([1, 2, 3] as $i) { try { if ($i === 2) continue; if ($i === 3) break; echo "body $i\n"; } finally { echo "finally $i\n"; } } }
loopFinally();

class Resource {
    public function __construct(public string $name) { echo "open {$this->name}\n"; }
    public function __destruct() {
        echo "close {$this->name}\n";
        if ($this->name === 'bad') throw new LogicException("destructor of {$this->name} failed");
    }
}
function useResources() { $a = new Resource('a'); $b = new Resource('bad'); echo "using\n"; }
try { useResources(); } catch (LogicException $e) { echo "caught: ", $e->getMessage(), "\n"; }
try { $x = new Resource('bad'); $x = null; echo "not reached\n"; } catch (LogicException $e) { echo "caught on reassign: ", $e->getMessage(), "\n"; }

class Money { public function __construct(private ?int $cents) {}
    public function __toString(): string { if ($this->cents === null) throw new DomainException('no amount'); return sprintf('$%d.%02d', intdiv($this->cents, 100), $this->cents % 100); } }
echo new Money(1234), "\n";
try { echo 'Total: ' . new Money(null), "\n"; } catch (DomainException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $s = (string) new Money(null); } catch (DomainException $e) { echo "cast: ", $e->getMessage(), "\n"; }
try { echo str_pad(new Money(null), 10); } catch (DomainException $e) { echo "builtin arg: ", $e->getMessage(), "\n"; }

class ValidationError extends InvalidArgumentException {
    private array $fields = [];
    public static function forFields(array $f, ?Throwable $prev = null): static { $e = new static('Invalid: ' . implode(', ', array_keys($f)), 422, $prev); $e->fields = $f; return $e; }
    public function fields(): array { return $this->fields; }
}
function save(array $data) {
    try {
        if (!isset($data['email'])) throw new UnexpectedValueException('email missing', 1);
    } catch (UnexpectedValueException $e) {
        throw ValidationError::forFields(['email' => 'required', 'name' => 'too short'], $e);
    }
}
try { save([]); } catch (ValidationError $e) {
    echo get_class($e), ' ', $e->getCode(), ' ', $e->getMessage(), ' ', json_encode($e->fields()), "\n";
    for ($p = $e; $p; $p = $p->getPrevious()) echo '  ', get_class($p), ':', $p->getCode(), ':', $p->getMessage(), ' line ', $p->getLine(), "\n";
}
$e = new Exception('outer', 5, new Error('root cause', 9));
echo get_class($e->getPrevious()), ' ', $e->getPrevious()->getCode(), "\n";
echo count($e->getTrace()), ' ', $e->getFile() === __FILE__ ? 'same file' : 'other', "\n";
function thrower(int $n) { if ($n === 0) throw new RuntimeException('deep'); thrower($n - 1); }
try { thrower(3); } catch (RuntimeException $e) { echo $e->getTraceAsString(), "\n"; }
try { intdiv(1, 0); } catch (DivisionByZeroError $e) { echo get_class($e), ' ', $e->getMessage(), ' ', get_parent_class($e), "\n"; }
try { strlen(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { array_combine([1, 2], [1]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { (function (int $x) {})('abc'); } catch (TypeError $e) { echo preg_replace('/, called in .*/', '', $e->getMessage()), "\n"; }
try { null->foo(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { new DateTime('not a date at all'); } catch (Exception $e) { echo get_class($e), "\n"; }
$last = error_get_last(); $last["file"] = basename($last["file"]); echo "error_get_last: ", json_encode($last), "\n";
@trigger_error('quiet one', E_USER_NOTICE);
echo json_encode(error_get_last()['message']), "\n";
error_clear_last(); var_dump(error_get_last());
set_exception_handler(function (Throwable $t) { echo "handler got ", get_class($t), ": ", $t->getMessage(), "\n"; });
register_shutdown_function(fn() => print("shutdown runs\n"));
$keep = new Resource('final');
throw new ValidationError('at the very end', 3, new Exception('because'));
echo "never\n";

--EXPECTF--
undef: ErrorException(sev=2) Undefined global variable $nope @9
div: DivisionByZeroError Modulo by zero
str: TypeError Unsupported operand types: string * int
arr: ErrorException(sev=2) Array to string conversion @12
file: ErrorException(sev=2) file_get_contents(/definitely/not/here): Failed to open stream: No such file or directory @13
conv: ErrorException(sev=2) Array to string conversion @14
[suppressed 2: Undefined variable $undefinedVar]
silenced => NULL
fine => 'ok:fine'
try > inner finally > outer catch inner > outer finally
try > inner finally > outer catch inner | returned
finally
second prev=first
body 1
finally 1
finally 2
finally 3
open a
open bad
using
close a
close bad
caught: destructor of bad failed
open bad
close bad
caught on reassign: destructor of bad failed
$12.34
DomainException: no amount
cast: no amount
builtin arg: no amount
ValidationError 422 Invalid: email, name {"email":"required","name":"too short"}
  ValidationError:422:Invalid: email, name line 78
  UnexpectedValueException:1:email missing line 83
Error 9
0 same file
#0 %s/tests/php/programs/errors2.php(95): thrower(0)
#1 %s/tests/php/programs/errors2.php(95): thrower(1)
#2 %s/tests/php/programs/errors2.php(95): thrower(2)
#3 %s/tests/php/programs/errors2.php(96): thrower(3)
#4 {main}
DivisionByZeroError Division by zero ArithmeticError
strlen() expects exactly 1 argument, 0 given
array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements
{closure}(): Argument #1 ($x) must be of type int, string given
Call to a member function foo() on null
Exception
error_get_last: {"type":2,"message":"Undefined variable $undefinedVar","file":"errors2.php","line":15}
"quiet one"
NULL
open final
handler got ValidationError: at the very end
shutdown runs
close final
