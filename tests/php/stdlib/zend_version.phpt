--TEST--
zend_version() is the Zend Engine version matching PHP_VERSION
--FILE--
<?php
var_dump(zend_version(), substr(zend_version(), 0, 4), explode('.', zend_version())[2] === (string) PHP_RELEASE_VERSION);
?>
--EXPECT--
string(6) "4.2.35"
string(4) "4.2."
bool(true)
