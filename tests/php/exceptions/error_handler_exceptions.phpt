--TEST--
an error handler converting warnings from built-ins and the engine into exceptions
--FILE--
<?php
set_error_handler(function (int $no, string $msg, string $file, int $line): bool {
    throw new ErrorException($msg, 0, $no, $file, $line);
});
foreach ([
    fn() => intdiv(1, 1) + [] ,
    fn() => "abc" + 1,
    fn() => [1, 2][5],
    fn() => str_repeat("x", -1),
    fn() => (string) [1],
    fn() => $undefined,
] as $i => $f) {
    try {
        $f();
        echo "$i: no exception\n";
    } catch (ErrorException $e) {
        echo "$i: ErrorException(", $e->getSeverity(), "): ", $e->getMessage(), "\n";
    } catch (Throwable $e) {
        echo "$i: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
restore_error_handler();
// A handler that only logs, for some levels, and error_get_last.
set_error_handler(function ($no, $msg) { echo "logged: $msg\n"; return true; }, E_NOTICE | E_USER_NOTICE);
trigger_error("note");
$x = [] + 1 ?? null;
--EXPECTF--
0: TypeError: Unsupported operand types: int + array
1: TypeError: Unsupported operand types: string + int
2: ErrorException(2): Undefined array key 5
3: ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
4: ErrorException(2): Array to string conversion
5: ErrorException(2): Undefined variable $undefined
logged: note

Fatal error: Uncaught TypeError: Unsupported operand types: array + int in %s/tests/php/exceptions/error_handler_exceptions.php:26
Stack trace:
#0 {main}
  thrown in %s/tests/php/exceptions/error_handler_exceptions.php on line 26
