--TEST--
a CLEAN section removes what the test wrote
--FILE--
<?php
$f = __DIR__ . '/clean_fixture.txt';
var_dump(file_put_contents($f, "data"));
var_dump(file_get_contents($f));
--CLEAN--
<?php @unlink(__DIR__ . '/clean_fixture.txt'); ?>
--EXPECT--
int(4)
string(4) "data"
