--TEST--
$argv without arguments
--FILE--
<?php
var_dump($argc, basename($argv[0]));
function f() { return isset($argv) ? 'visible' : 'argv is global only'; }
echo f(), "\n";
echo count($GLOBALS['argv']), "\n";
--EXPECT--
int(1)
string(13) "argv_none.php"
argv is global only
1
