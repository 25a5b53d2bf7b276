--TEST--
PHP_SAPI and php_sapi_name
--FILE--
<?php
var_dump(PHP_SAPI, php_sapi_name(), PHP_EOL);
--EXPECT--
string(3) "cli"
string(3) "cli"
string(1) "
"
