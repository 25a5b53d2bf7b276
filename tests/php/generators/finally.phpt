--TEST--
Generators: finally blocks run when a suspended generator is destroyed, break out of foreach
--FILE--
<?php
function resource($name) {
    echo "open $name\n";
    try {
        yield 1;
        yield 2;
        yield 3;
    } finally {
        echo "close $name\n";
    }
}
foreach (resource('a') as $v) {
    echo "got $v\n";
    if ($v === 2) {
        break;
    }
}
echo "after break\n";
$g = resource('b');
$g->current();
unset($g);
echo "after unset\n";
$g = resource('c');
$g->current();
$g = null;
echo "after null\n";
$g = resource('d');
unset($g);
echo "never started: no finally\n";
function nested() {
    try {
        try {
            yield 1;
        } finally {
            echo "inner finally\n";
        }
        echo "not reached\n";
    } finally {
        echo "outer finally\n";
    }
}
$n = nested();
$n->current();
unset($n);
function ret_in_finally() {
    try {
        yield 1;
        return 'try';
    } finally {
        echo "finally on return\n";
    }
}
$r = ret_in_finally();
foreach ($r as $v) {}
echo $r->getReturn(), "\n";
function yield_in_finally() {
    try {
        yield 1;
    } finally {
        yield 2;
    }
}
foreach (yield_in_finally() as $v) echo "v=$v\n";
function run_in_function() {
    $g = resource('e');
    foreach ($g as $v) {
        return $v;
    }
}
echo run_in_function(), "\n";
echo "end\n";
--EXPECT--
open a
got 1
got 2
close a
after break
open b
close b
after unset
open c
close c
after null
never started: no finally
inner finally
outer finally
finally on return
try
v=1
v=2
open e
close e
1
end
