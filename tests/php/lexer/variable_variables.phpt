--TEST--
variable variables and ${expr}
--FILE--
<?php
$name = 'foo'; $foo = 'bar'; $bar = 'baz';
echo $$name, " ", $$$name, " ", ${'fo' . 'o'}, "\n";
$$name = 'changed';
echo $foo, "\n";
--EXPECT--
bar baz bar
changed
