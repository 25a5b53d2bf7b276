--TEST--
display_errors=0 hides warnings
--INI--
display_errors=0
--FILE--
<?php
echo $undefined;
echo "no warning shown\n";
--EXPECT--
no warning shown
