--TEST--
ArrayObject/WeakMap/SplObjectStorage dimension handlers leave no offsetGet/offsetSet frame in traces (a user override does)
--FILE--
<?php
class Tmp { function __destruct() { echo "tmp destroyed\n"; } }
$m = new WeakMap;
try {
    echo $m[new Tmp];
} catch (Error $e) {
    echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n";
}
$a = new ArrayObject([]);
try {
    $a[[]] = 1;
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n", $e->getTraceAsString(), "\n";
}
$s = new SplObjectStorage;
try {
    $s[new Tmp];
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n", $e->getTraceAsString(), "\n";
}
class Strict extends ArrayObject {
    public function offsetGet(mixed $k): mixed {
        throw new OutOfBoundsException("no $k");
    }
}
try {
    (new Strict)['x'];
} catch (Exception $e) {
    echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n";
}
echo "end\n";
--EXPECTF--
tmp destroyed
Object Tmp#2 not contained in WeakMap
#0 {main}
TypeError: Illegal offset type
#0 {main}
tmp destroyed
UnexpectedValueException: Object not found
#0 {main}
no x
#0 %s/tests/php/spl/dimension_no_frame.php(27): Strict->offsetGet('x')
#1 {main}
end
