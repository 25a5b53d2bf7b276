--TEST--
$_SERVER script variables
--FILE--
<?php
var_dump(basename($_SERVER['SCRIPT_NAME']), basename($_SERVER['PHP_SELF']), basename($_SERVER['SCRIPT_FILENAME']), isset($_SERVER['REQUEST_TIME']), is_float($_SERVER['REQUEST_TIME_FLOAT']));
--EXPECT--
string(15) "server_vars.php"
string(15) "server_vars.php"
string(15) "server_vars.php"
bool(true)
bool(true)
