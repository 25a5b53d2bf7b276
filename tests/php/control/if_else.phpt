--TEST--
if, elseif, else
--FILE--
<?php
foreach ([1, 5, 10, -1] as $n) {
    if ($n < 0) echo "neg";
    elseif ($n < 5) { echo "small"; }
    else if ($n < 10) { echo "mid"; }
    else { echo "big"; }
    echo "\n";
}
--EXPECT--
small
mid
big
neg
