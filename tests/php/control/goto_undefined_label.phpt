--TEST--
goto to a label the function does not define is a compile error
--FILE--
<?php
echo "not printed\n";
function f() {
    goto nowhere;
}
--EXPECTF--
Fatal error: 'goto' to undefined label 'nowhere' in %s/tests/php/control/goto_undefined_label.php on line 4
