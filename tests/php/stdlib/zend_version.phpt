--TEST--
zend_version() is the Zend Engine version matching PHP_VERSION
--FILE--
<?php
// Not the full version: the php8.2 package that checks these expectations may be newer.
var_dump(substr(zend_version(), 0, 4), explode('.', zend_version())[2] === (string) PHP_RELEASE_VERSION);
?>
--EXPECT--
string(4) "4.2."
bool(true)
