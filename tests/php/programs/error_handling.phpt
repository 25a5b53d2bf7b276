--TEST--
program: error handling (set_error_handler to ErrorException, @-suppression, finally ordering and return override, destructors during unwinding, exceptions from __toString and __destruct, chained previous, set_exception_handler for an uncaught exception)
--FILE--
<?php
declare(strict_types=1);

set_error_handler(function (int $no, string $msg, string $file, int $line): bool {
    if (!(error_reporting() & $no)) {
        echo "  (suppressed: $msg)\n";
        return false;
    }
    throw new ErrorException($msg, 0, $no, $file, $line);
});

function risky(array $data, string $key): string
{
    return 'value=' . $data[$key];
}

foreach (['a', 'zz'] as $k) {
    try {
        echo risky(['a' => 'A'], $k), "\n";
    } catch (ErrorException $e) {
        printf("ErrorException sev=%d line=%d: %s\n", $e->getSeverity(), $e->getLine(), $e->getMessage());
    }
}
$r = @file_get_contents('/nonexistent/file');
var_dump($r);
try {
    echo intdiv(1, 0);
} catch (DivisionByZeroError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $x = [1, 2];
    echo "$x";
} catch (ErrorException $e) {
    echo 'array to string: ', $e->getMessage(), "\n";
}
restore_error_handler();

function order(string $label): string
{
    echo "  eval $label\n";
    return $label;
}

function nested(int $depth): string
{
    try {
        echo "try $depth\n";
        if ($depth === 0) {
            throw new RuntimeException('bottom');
        }
        return nested($depth - 1);
    } catch (LogicException $e) {
        echo "never\n";
        return 'x';
    } finally {
        echo "finally $depth\n";
    }
}
try {
    nested(2);
} catch (RuntimeException $e) {
    echo 'caught ', $e->getMessage(), "\n";
}

function finallyOverrides(): string
{
    try {
        return order('try-return');
    } finally {
        echo "  finally runs before the caller sees the value\n";
    }
}
echo finallyOverrides(), "\n";

function finallyReturn(): int
{
    foreach ([1, 2, 3] as $i) {
        try {
            if ($i === 2) {
                throw new Exception('lost');
            }
        } finally {
            if ($i === 2) {
                return $i * 100;
            }
        }
    }
    return -1;
}
echo finallyReturn(), "\n";

class Resource
{
    public function __construct(public string $name)
    {
        echo "open {$this->name}\n";
    }
    public function __destruct()
    {
        echo "close {$this->name}\n";
    }
}

function useResources(): void
{
    $a = new Resource('a');
    $b = new Resource('b');
    throw new DomainException('while using resources');
}
try {
    useResources();
} catch (DomainException $e) {
    echo 'handled: ', $e->getMessage(), "\n";
}

class Faulty
{
    public function __toString(): string
    {
        throw new UnexpectedValueException('cannot stringify');
    }
}
try {
    echo 'value: ' . new Faulty(), "\n";
} catch (UnexpectedValueException $e) {
    echo 'toString threw: ', $e->getMessage(), "\n";
}

class Exploding
{
    public function __destruct()
    {
        throw new LogicException('destructor failed');
    }
}
try {
    $e1 = new Exploding();
    unset($e1);
    echo "not reached\n";
} catch (LogicException $e) {
    echo 'from destructor: ', $e->getMessage(), "\n";
}

// chained exceptions
function load(string $f): never
{
    try {
        throw new RuntimeException("io error on $f", 5);
    } catch (RuntimeException $e) {
        throw new LogicException('config unusable', 10, $e);
    }
}
try {
    load('app.ini');
} catch (Exception $e) {
    $i = 0;
    do {
        printf("%s%s(%d): %s\n", str_repeat('  ', $i++), get_class($e), $e->getCode(), $e->getMessage());
    } while ($e = $e->getPrevious());
}

// exception in a generator inside finally, rethrow with custom class
final class AppException extends Exception
{
    public function __construct(string $m, private array $context = [])
    {
        parent::__construct($m);
    }
    public function context(): array
    {
        return $this->context;
    }
    public function __toString(): string
    {
        return __CLASS__ . "[{$this->message}] " . json_encode($this->context);
    }
}
try {
    try {
        throw new AppException('inner', ['id' => 3]);
    } finally {
        echo "cleanup before propagation\n";
    }
} catch (AppException $e) {
    echo $e, "\n";
}

set_exception_handler(function (Throwable $t) {
    echo 'global handler: ', get_class($t), ' - ', $t->getMessage(), "\n";
});
echo error_reporting(), ' ', ini_get('display_errors'), "\n";
trigger_error('user warning here', E_USER_WARNING);
echo "after warning\n";
$undefined = $nope ?? 'default';
echo $undefined, "\n";
echo $missing;
echo "\n";
throw new AppException('unhandled at the end', ['fatal' => true]);
echo "never printed\n";
--EXPECTF--
value=A
ErrorException sev=2 line=14: Undefined array key "zz"
  (suppressed: file_get_contents(/nonexistent/file): Failed to open stream: No such file or directory)
bool(false)
DivisionByZeroError: Division by zero
array to string: Array to string conversion
try 2
try 1
try 0
finally 0
finally 1
finally 2
caught bottom
  eval try-return
  finally runs before the caller sees the value
try-return
200
open a
open b
close a
close b
handled: while using resources
toString threw: cannot stringify
from destructor: destructor failed
LogicException(10): config unusable
  RuntimeException(5): io error on app.ini
cleanup before propagation
AppException[inner] {"id":3}
32767 1

Warning: user warning here in %s/tests/php/programs/error_handling.php on line 193
after warning
default

Warning: Undefined variable $missing in %s/tests/php/programs/error_handling.php on line 197

global handler: AppException - unhandled at the end
