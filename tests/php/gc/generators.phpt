--TEST--
gc: generators holding themselves; finally blocks run when they are collected
--FILE--
<?php
function gen() {
    $self = yield 1;
    try {
        yield 2;
    } finally {
        echo "finally\n";
    }
}
$g = gen();
$g->current();
$g->send($g);
unset($g);
echo "unset\n";
var_dump(gc_collect_cycles());

function plain() {
    $x = yield;
    yield $x;
}
$h = plain();
$h->current();
$h->send($h);
unset($h);
var_dump(gc_collect_cycles());
echo "end\n";
?>
--EXPECT--
unset
finally
int(1)
int(1)
end
