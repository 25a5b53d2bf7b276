--TEST--
goto out of loops, backwards and within finally still works
--FILE--
<?php
function f() {
    $i = 0;
    back:
    $i++;
    foreach ([1, 2, 3] as $v) {
        if ($v == 2) goto out;
    }
    out:
    if ($i < 3) goto back;
    try {
        echo "try $i\n";
    } finally {
        goto skip;
        echo "not shown\n";
        skip:
        echo "finally\n";
    }
}
f();
--EXPECT--
try 3
finally
