--TEST--
plain continue targeting switch is deprecated-as-warning
--FILE--
<?php
for ($i = 0; $i < 3; $i++) {
    switch ($i) {
        case 1: continue;
    }
    echo $i;
}
echo "\n";
--EXPECTF--
Warning: "continue" targeting switch is equivalent to "break". Did you mean to use "continue 2"? in %s/tests/php/control/switch_continue_warning.php on line 4
012
