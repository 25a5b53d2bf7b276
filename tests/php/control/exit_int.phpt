--TEST--
exit with an int prints nothing
--FILE--
<?php
echo "before\n";
function f() { exit(3); }
f();
echo "after\n";
--EXPECT--
before
