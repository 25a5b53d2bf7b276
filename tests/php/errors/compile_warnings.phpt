--TEST--
compile-time warnings and deprecations are reported when the file is compiled
--FILE--
<?php
echo "runs after the main script's compile warnings\n";
function f(
    $a = 1,
    int $b = null,
    ?int $c = null,
    $d
) { return $d; }
echo f(1, 2, 3, 4), "\n";
while (1) { switch (1) { case 1: continue; } break; }
switch (1) { case 1: continue; }
if (0) { switch (1) { default: switch (2) { default: continue 2; } } }
if (0) { for (;;) { switch (1) { default: switch (2) { default: continue 2; } } } }
$inc = __DIR__ . '/compile_warnings.inc';
file_put_contents($inc, "<?php\necho 'included';\nswitch (1) { default: continue; }\n");
echo "before include\n";
include $inc;
echo "\n";
include $inc;
echo "\n";
unlink($inc);
eval('function g($x = 1, $y) {}');
set_error_handler(function ($no, $msg, $file, $line) {
    echo "handler: $no $msg on line $line\n";
    return true;
});
eval('function h($x = 1, $y) {}');
--EXPECTF--
Deprecated: Optional parameter $a declared before required parameter $d is implicitly treated as a required parameter in %s/tests/php/errors/compile_warnings.php on line 3

Deprecated: Optional parameter $c declared before required parameter $d is implicitly treated as a required parameter in %s/tests/php/errors/compile_warnings.php on line 3

Warning: "continue" targeting switch is equivalent to "break". Did you mean to use "continue 2"? in %s/tests/php/errors/compile_warnings.php on line 10

Warning: "continue" targeting switch is equivalent to "break" in %s/tests/php/errors/compile_warnings.php on line 11

Warning: "continue 2" targeting switch is equivalent to "break 2" in %s/tests/php/errors/compile_warnings.php on line 12

Warning: "continue 2" targeting switch is equivalent to "break 2". Did you mean to use "continue 3"? in %s/tests/php/errors/compile_warnings.php on line 13
runs after the main script's compile warnings
4
before include

Warning: "continue" targeting switch is equivalent to "break" in %s/tests/php/errors/compile_warnings.inc on line 3
included

Warning: "continue" targeting switch is equivalent to "break" in %s/tests/php/errors/compile_warnings.inc on line 3
included

Deprecated: Optional parameter $x declared before required parameter $y is implicitly treated as a required parameter in %s/tests/php/errors/compile_warnings.php(22) : eval()'d code on line 1
handler: 8192 Optional parameter $x declared before required parameter $y is implicitly treated as a required parameter on line 1
