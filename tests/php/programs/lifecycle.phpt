--TEST--
program: lifecycle (error handler to ErrorException, exception handler, shutdown functions, destructor order, finally, exit)
--FILE--
<?php
set_error_handler(function (int $no, string $msg, string $file, int $line): bool {
    throw new ErrorException($msg, 0, $no, $file, $line);
});
set_exception_handler(function (Throwable $e) {
    echo "Unhandled ", get_class($e), ": ", $e->getMessage(), " (line ", $e->getLine(), ")\n";
});
register_shutdown_function(function () { echo "shutdown 1\n"; });
register_shutdown_function(function ($arg) { echo "shutdown 2 with $arg\n"; $e = error_get_last(); echo 'last error: ', $e === null ? 'none' : $e['message'], "\n"; }, 'param');

class Resource {
    public function __construct(public string $name) { echo "open {$this->name}\n"; }
    public function __destruct() { echo "close {$this->name}\n"; }
}

function risky(array $data, string $key) {
    try {
        return $data[$key];
    } catch (ErrorException $e) {
        echo "converted: ", $e->getMessage(), " severity=", $e->getSeverity() === E_WARNING ? 'E_WARNING' : $e->getSeverity(), "\n";
        return null;
    } finally {
        echo "finally for $key\n";
    }
}
var_dump(risky(['a' => 1], 'a'), risky(['a' => 1], 'b'));
try {
    $x = 10 / 0;
} catch (DivisionByZeroError $e) {
    echo "caught ", $e->getMessage(), "\n";
}
try {
    echo intdiv(1, 0);
} catch (Error $e) {
    echo get_class($e), "\n";
}
function nested() {
    try {
        try {
            throw new InvalidArgumentException("inner");
        } catch (InvalidArgumentException $e) {
            throw new RuntimeException("outer", 1, $e);
        } finally {
            echo "inner finally\n";
        }
    } catch (RuntimeException $e) {
        echo $e->getMessage(), " <- ", $e->getPrevious()->getMessage(), "\n";
        return "returned";
    } finally {
        echo "outer finally\n";
    }
}
echo nested(), "\n";
function gen() { try { yield 1; yield 2; } finally { echo "gen cleanup\n"; } }
foreach (gen() as $v) { if ($v === 1) { echo "breaking\n"; break; } }
$r1 = new Resource('db');
$r2 = new Resource('file');
$r2 = null;
ob_start();
echo "buffered output ";
$level = ob_get_level();
echo "level $level\n";
ob_end_flush();
$arr = [new Resource('in-array')];
unset($arr[0]);
echo "restore handler\n";
restore_error_handler();
echo @$undefinedVar, "silenced\n";
echo $undefinedToo ?? "coalesced\n";
$keep = new Resource('kept-until-end');
echo "throwing uncaught\n";
throw new DomainException("the end");
echo "not reached\n";
--EXPECT--
finally for a
converted: Undefined array key "b" severity=E_WARNING
finally for b
int(1)
NULL
caught Division by zero
DivisionByZeroError
inner finally
outer <- inner
outer finally
returned
breaking
gen cleanup
open db
open file
close file
buffered output level 1
open in-array
close in-array
restore handler
silenced
coalesced
open kept-until-end
throwing uncaught
Unhandled DomainException: the end (line 72)
shutdown 1
shutdown 2 with param
last error: Undefined variable $undefinedVar
close kept-until-end
close db
