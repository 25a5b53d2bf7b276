--TEST--
declare(ticks=N) runs the registered tick functions (with their arguments, in order) after every N-th statement, in functions declared under it too, only inside a declare block; a tick function is not re-entered, cannot unregister itself, and its exception reaches the script; unregister compares callbacks; non-literal and unknown declares
--FILE--
<?php
function t1($tag) { echo "[t1 $tag]"; }
function counter() { static $n = 0; $n++; echo "[c$n]"; if ($n == 6) throw new RuntimeException("from tick"); }
declare(ticks=2) {
    register_tick_function('t1', 'x');
    echo "a\n";
    echo "b\n";
    echo "c\n";
    function inside() { echo "in\n"; echo "in2\n"; }
    function g() { global $a, $b; static $c, $d; unset($a, $b); echo "g", "h", "\n"; }
    unregister_tick_function('T1');
    echo "d\n";
    unregister_tick_function('t1');
    echo "e\n";
}
echo "outside\n";
inside();
echo "outside2\n";
register_tick_function($ticker = function () { echo "T"; });
g();
unregister_tick_function($ticker);
declare(ticks=1);
register_tick_function('counter');
$self = function () {
    try {
        unregister_tick_function($GLOBALS['self']);
    } catch (Error $e) {
        echo "[", $e->getMessage(), "]";
    }
};
register_tick_function($self);
echo "1\n";
unregister_tick_function($self);
echo "2\n";
try {
    for ($i = 0; $i < 3; $i++) {
        echo "loop $i\n";
    }
} catch (RuntimeException $e) {
    echo "\ncaught ", $e->getMessage(), "\n";
}
unregister_tick_function('counter');
try {
    register_tick_function('nope');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(register_tick_function(fn() => null));
echo "done\n";
?>
--EXPECTF--
a
[t1 x]b
c
[t1 x][t1 x]d
[t1 x]e
outside
in
in2
outside2
TTTghT
[c1][c2][c3][[c4]Registered tick function cannot be unregistered while it is being executed[c5]][c6]
Fatal error: Uncaught RuntimeException: from tick in %s/tests/php/stdlib/tick_functions.php:3
Stack trace:
#0 %s/tests/php/stdlib/tick_functions.php(28): counter()
#1 %s/tests/php/stdlib/tick_functions.php(31): {closure}()
#2 {main}
  thrown in %s/tests/php/stdlib/tick_functions.php on line 3
