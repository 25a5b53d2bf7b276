--TEST--
a SKIPIF section that skips
--SKIPIF--
<?php echo "skip always skipped: this checks the runner honours SKIPIF";
--FILE--
<?php
echo "never compared\n";
--EXPECT--
