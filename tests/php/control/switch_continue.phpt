--TEST--
continue inside switch acts like break (with a warning)
--FILE--
<?php
foreach ([1, 2, 3] as $v) {
    switch ($v) {
        case 2: continue 2;
        default: echo $v;
    }
    echo "-";
}
echo "\n";
--EXPECT--
1-3-
