--TEST--
declare(strict_types=1) may follow other declares
--FILE--
<?php
declare(ticks=1);
declare(strict_types=1);
function f(int $x) { return $x; }
try {
    f("1");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
f(): Argument #1 ($x) must be of type int, string given, called in %s/tests/php/func/strict_types_after_declare.php on line 6
