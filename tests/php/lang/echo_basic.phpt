--TEST--
echo of scalars and a warning
--FILE--
<?php
echo 1, "a", 2.5, true, null, "\n";
echo $undefined;
echo "done\n";
--EXPECT--
