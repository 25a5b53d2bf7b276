--TEST--
goto into a finally block is a compile error
--FILE--
<?php
function f() {
    goto inside;
    try {
        echo "try";
    } finally {
        inside:
        echo "finally";
    }
}
--EXPECTF--
Fatal error: jump into a finally block is disallowed in %s/tests/php/control/goto_into_finally.php on line 3
