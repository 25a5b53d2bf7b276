--TEST--
converting errors to ErrorException in a handler
--FILE--
<?php
set_error_handler(function (int $no, string $str, string $file, int $line) {
    throw new ErrorException($str, 0, $no, $file, $line);
});
try {
    echo $undefined;
} catch (ErrorException $e) {
    echo get_class($e), ": ", $e->getMessage(), " severity=", $e->getSeverity(), " line=", $e->getLine(), "\n";
    var_dump($e->getCode(), basename($e->getFile()));
}
function f($a) { return $a['nope']; }
try {
    f([]);
} catch (ErrorException $e) {
    echo $e->getMessage(), " at ", $e->getLine(), "\n";
    echo $e->getTraceAsString(), "\n";
}
$e = new ErrorException("m", 3, E_USER_WARNING, "somefile.php", 42);
var_dump($e->getSeverity(), $e->getFile(), $e->getLine(), $e->getCode());
$e = new ErrorException("defaults");
var_dump($e->getSeverity(), $e->getLine());
echo $undefined2;
--EXPECTF--
ErrorException: Undefined variable $undefined severity=2 line=6
int(0)
string(30) "error_exception_conversion.php"
Undefined array key "nope" at 11
#0 %s/tests/php/exceptions/error_exception_conversion.php(11): {closure}(2, 'Undefined array...', '%s...', 11)
#1 %s/tests/php/exceptions/error_exception_conversion.php(13): f(Array)
#2 {main}
int(512)
string(12) "somefile.php"
int(42)
int(3)
int(1)
int(20)

Fatal error: Uncaught ErrorException: Undefined variable $undefined2 in %s/tests/php/exceptions/error_exception_conversion.php:22
Stack trace:
#0 %s/tests/php/exceptions/error_exception_conversion.php(22): {closure}(2, 'Undefined varia...', '%s...', 22)
#1 {main}
  thrown in %s/tests/php/exceptions/error_exception_conversion.php on line 22
