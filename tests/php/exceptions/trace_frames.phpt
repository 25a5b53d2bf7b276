--TEST--
traces through methods, closures and callbacks called by built-ins
--FILE--
<?php
class Sorter {
    public function sort(array $a) {
        usort($a, function ($x, $y) { return $this->cmp($x, $y); });
        return $a;
    }
    private function cmp($x, $y) {
        if ($x == 3) throw new RuntimeException("three");
        return $x <=> $y;
    }
    public static function make() { return new static; }
}
try {
    Sorter::make()->sort([1, 3, 2]);
} catch (RuntimeException $e) {
    echo $e->getTraceAsString(), "\n";
    foreach ($e->getTrace() as $i => $f) {
        echo $i, ": ", $f['class'] ?? '-', $f['type'] ?? '-', $f['function'], " ", isset($f['file']) ? $f['line'] : 'internal', "\n";
    }
}
function thrower() { throw new LogicException("in map"); }
try {
    array_map(fn($v) => thrower(), [1]);
} catch (LogicException $e) {
    echo $e->getTraceAsString(), "\n";
}
try {
    call_user_func_array([new Sorter, 'sort'], [[3, 1]]);
} catch (RuntimeException $e) {
    echo $e->getTraceAsString(), "\n";
}
--EXPECTF--
#0 %s/tests/php/exceptions/trace_frames.php(4): Sorter->cmp(3, 2)
#1 [internal function]: Sorter->{closure}(3, 2)
#2 %s/tests/php/exceptions/trace_frames.php(4): usort(Array, Object(Closure))
#3 %s/tests/php/exceptions/trace_frames.php(14): Sorter->sort(Array)
#4 {main}
0: Sorter->cmp 4
1: Sorter->{closure} internal
2: --usort 4
3: Sorter->sort 14
#0 %s/tests/php/exceptions/trace_frames.php(23): thrower()
#1 [internal function]: {closure}(1)
#2 %s/tests/php/exceptions/trace_frames.php(23): array_map(Object(Closure), Array)
#3 {main}
#0 %s/tests/php/exceptions/trace_frames.php(4): Sorter->cmp(3, 1)
#1 [internal function]: Sorter->{closure}(3, 1)
#2 %s/tests/php/exceptions/trace_frames.php(4): usort(Array, Object(Closure))
#3 %s/tests/php/exceptions/trace_frames.php(28): Sorter->sort(Array)
#4 {main}
