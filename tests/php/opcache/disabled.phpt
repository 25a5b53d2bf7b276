--TEST--
opcache functions with the cache off (opcache.enable_cli=0) answer as PHP's do
--INI--
opcache.enable_cli=0
--FILE--
<?php
var_dump(opcache_get_status());
var_dump(opcache_get_status(false));
var_dump(opcache_is_script_cached(__FILE__));
var_dump(opcache_invalidate(__FILE__, true));
var_dump(opcache_reset());
var_dump(opcache_compile_file(__DIR__ . '/fixtures/lib.inc'));
var_dump(function_exists('opcache_lib_fn'));
$c = opcache_get_configuration();
var_dump(array_keys($c), $c['directives']['opcache.enable_cli'], $c['version']);
--EXPECTF--
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)

Notice: Zend OPcache has not been properly started, can't compile file in %s/tests/php/opcache/disabled.php on line 7
bool(false)
bool(false)
array(3) {
  [0]=>
  string(10) "directives"
  [1]=>
  string(7) "version"
  [2]=>
  string(9) "blacklist"
}
bool(false)
array(2) {
  ["version"]=>
  string(%d) "8.2.%d"
  ["opcache_product_name"]=>
  string(12) "Zend OPcache"
}
