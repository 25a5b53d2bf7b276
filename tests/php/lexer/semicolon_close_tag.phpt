--TEST--
close tag acts as a semicolon
--FILE--
<?php
echo "a" ?>
<?php echo "b"; echo "c" ?><?php echo "\n";
--EXPECT--
abc
