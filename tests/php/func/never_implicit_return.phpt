--TEST--
a never function that falls off its end throws a TypeError
--FILE--
<?php
function f(): never {
    echo "in f\n";
}
class A {
    public static function m(bool $ok): never {
        if ($ok) {
            throw new Exception("thrown");
        }
    }
}
try {
    f();
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
foreach ([true, false] as $ok) {
    try {
        A::m($ok);
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$c = function (): never {};
try {
    $c();
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
in f
TypeError: f(): never-returning function must not implicitly return
Exception: thrown
TypeError: A::m(): never-returning function must not implicitly return
{closure}(): never-returning function must not implicitly return
