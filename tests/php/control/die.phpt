--TEST--
die is exit
--FILE--
<?php
echo "a";
die;
echo "b";
--EXPECT--
a
