--TEST--
Shutdown functions see the global scope: global $x, $GLOBALS, functions using global, releasing a global
--FILE--
<?php
$x = 'global x'; $arr = [1, 2];
function show() { global $x; echo "in fn: $x\n"; }
register_shutdown_function(function () { global $x; echo "shutdown reads: ", $x ?? 'NULL', " / ", $GLOBALS['x'] ?? 'NULL', " / ", count($GLOBALS['arr'] ?? []), "\n"; show(); $GLOBALS['y'] = 'set in shutdown'; });
register_shutdown_function(function () { echo "second sees y: ", $GLOBALS['y'] ?? 'NULL', "\n"; });
echo "end\n";

class T { function __construct(public $n) {} function __destruct() { echo "d{$this->n}\n"; } }
$b = new T(1);
function f() { $GLOBALS['b'] = null; echo "after f assign\n"; }
f();
$c = new T(2);
(function () { $GLOBALS['c'] = null; echo "after closure assign\n"; })();
$d = new T(3);
register_shutdown_function(function () { $GLOBALS['d'] = null; echo "after shutdown assign\n"; });
$e = new T(4);
register_shutdown_function(function () { global $e; $e = null; echo "after global assign\n"; });
echo "end\n";
--EXPECT--
end
d1
after f assign
d2
after closure assign
end
shutdown reads: global x / global x / 2
in fn: global x
second sees y: set in shutdown
d3
after shutdown assign
d4
after global assign
