--TEST--
goto into a loop body is a compile error
--FILE--
<?php
echo "not printed\n";
function f() {
    goto inside;
    while (true) {
        inside:
        echo "x";
        break;
    }
}
--EXPECTF--
Fatal error: 'goto' into loop or switch statement is disallowed in %s/tests/php/control/goto_into_loop.php on line 4
