--TEST--
goto out of a finally block is a compile error (it would loop forever)
--FILE--
<?php
echo "not printed\n";
function f() {
    try {
        again:
        echo "label";
    } finally {
        goto again;
    }
}
--EXPECTF--
Fatal error: jump out of a finally block is disallowed in %s/tests/php/control/goto_out_of_finally.php on line 8
