--TEST--
Warnings after a callback in the same statement keep the statement's line
--FILE--
<?php
set_error_handler(function ($no, $msg, $file, $line) { echo "handler: $msg @$line\n"; return true; });
class It implements IteratorAggregate { function getIterator(): Iterator {
    return new ArrayIterator([1]);
} }
function f() {
    $x = [];
    echo $x['a'] . $x['b'], "\n";
    include 'nope.php';
    foreach (new It as $v) { echo $undefined1; }
    $s = array_map(function ($v) {
        return $v;
    }, [1]) + [$undef2];
}
f();
?>
--EXPECT--
handler: Undefined array key "a" @8
handler: Undefined array key "b" @8

handler: include(nope.php): Failed to open stream: No such file or directory @9
handler: include(): Failed opening 'nope.php' for inclusion (include_path='.:/usr/share/php') @9
handler: Undefined variable $undefined1 @10
handler: Undefined variable $undef2 @13
