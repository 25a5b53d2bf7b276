--TEST--
relative includes resolve against the including file directory
--FILE--
<?php
include '../include/sub/relative.php';
include __DIR__ . '/../include/sub/relative.php';
include __DIR__ . '/../include/nested.php';
echo $include_count, "\n";
--EXPECTF--
Warning: include(../include/sub/relative.php): Failed to open stream: No such file or directory in %s/tests/php/incl/include_relative.php on line 2

Warning: include(): Failed opening '../include/sub/relative.php' for inclusion (include_path='.:/usr/share/php') in %s/tests/php/incl/include_relative.php on line 2
sibling.php included from sub
nested.php sees dir include
1
