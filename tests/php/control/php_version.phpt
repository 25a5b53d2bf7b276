--TEST--
PHP version constants
--FILE--
<?php
var_dump(PHP_MAJOR_VERSION, PHP_MINOR_VERSION, version_compare(PHP_VERSION, '8.2.0', '>='), PHP_OS_FAMILY, is_string(PHP_VERSION), PHP_INT_SIZE, DIRECTORY_SEPARATOR);
--EXPECT--
int(8)
int(2)
bool(true)
string(5) "Linux"
bool(true)
int(8)
string(1) "/"
