--TEST--
a SKIPIF section that does not skip
--SKIPIF--
<?php if (PHP_MAJOR_VERSION < 8) die("skip needs PHP 8"); ?>
--FILE--
<?php
echo "ran\n";
--EXPECT--
ran
