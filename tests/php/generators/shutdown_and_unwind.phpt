--TEST--
Generators: finally blocks run when an exception leaves the foreach and at shutdown
--FILE--
<?php
function lines($name) {
    try {
        yield 1;
        yield 2;
    } finally {
        echo "closed $name\n";
    }
}
try {
    foreach (lines('a') as $v) {
        throw new Exception("body");
    }
} catch (Exception $e) {
    echo "caught ", $e->getMessage(), "\n";
}
function inner() { try { yield 1; } finally { echo "inner finally\n"; } }
function outer() { try { yield from inner(); } finally { echo "outer finally\n"; } }
$o = outer();
$o->current();
unset($o);
$kept = lines('global');
$kept->current();
$arr = [lines('in array')];
$arr[0]->current();
echo "end of script\n";
--EXPECT--
closed a
caught body
inner finally
outer finally
end of script
closed global
closed in array
