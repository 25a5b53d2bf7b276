--TEST--
Exception::__toString and getTraceAsString formats
--FILE--
<?php
function a($x, $y) { return b([$x], "a long string argument here"); }
function b($arr, $s) { throw new RuntimeException("deep", 3); }
try {
    a(1, 2.5);
} catch (Exception $e) {
    echo $e, "\n---\n";
    echo $e->getTraceAsString(), "\n---\n";
    var_dump(count($e->getTrace()), $e->getTrace()[0]['function'], $e->getTrace()[1]['line']);
    var_dump(array_key_exists('args', $e->getTrace()[0]));
}
$e = new Exception("", 0, new Error("prev"));
echo $e, "\n---\n";
echo (string) new LogicException(), "\n";
--EXPECTF--
RuntimeException: deep in %s/tests/php/exceptions/to_string.php:3
Stack trace:
#0 %s/tests/php/exceptions/to_string.php(2): b(Array, 'a long string a...')
#1 %s/tests/php/exceptions/to_string.php(5): a(1, 2.5)
#2 {main}
---
#0 %s/tests/php/exceptions/to_string.php(2): b(Array, 'a long string a...')
#1 %s/tests/php/exceptions/to_string.php(5): a(1, 2.5)
#2 {main}
---
int(2)
string(1) "b"
int(5)
bool(true)
Error: prev in %s/tests/php/exceptions/to_string.php:12
Stack trace:
#0 {main}

Next Exception in %s/tests/php/exceptions/to_string.php:12
Stack trace:
#0 {main}
---
LogicException in %s/tests/php/exceptions/to_string.php:14
Stack trace:
#0 {main}
