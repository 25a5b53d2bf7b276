--TEST--
return at top level ends the script
--FILE--
<?php
echo "one\n";
if (true) return;
echo "two\n";
--EXPECT--
one
