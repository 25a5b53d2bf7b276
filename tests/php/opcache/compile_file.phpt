--TEST--
opcache_compile_file() caches and declares; opcache_invalidate() and opcache_is_script_cached()
--INI--
opcache.enable_cli=1
--FILE--
<?php
$lib = __DIR__ . '/fixtures/lib.inc';
var_dump(opcache_is_script_cached(__FILE__));
var_dump(opcache_is_script_cached($lib));
var_dump(opcache_compile_file($lib), opcache_is_script_cached($lib), function_exists('opcache_lib_fn'));
echo opcache_lib_fn(), "\n";
$s = opcache_get_status(true);
var_dump($s['opcache_statistics']['num_cached_scripts'], $s['opcache_statistics']['misses']);
var_dump(array_keys($s['scripts'][$lib]));
// Unchanged file, no force: kept; forced: dropped.
var_dump(opcache_invalidate($lib), opcache_is_script_cached($lib));
var_dump(opcache_invalidate($lib, true), opcache_is_script_cached($lib));
var_dump(opcache_invalidate(__DIR__ . '/fixtures/missing.inc'));
var_dump(opcache_compile_file(__DIR__ . '/fixtures/missing.inc'));
--EXPECTF--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
from lib.inc
int(2)
int(2)
array(6) {
  [0]=>
  string(9) "full_path"
  [1]=>
  string(4) "hits"
  [2]=>
  string(18) "memory_consumption"
  [3]=>
  string(9) "last_used"
  [4]=>
  string(19) "last_used_timestamp"
  [5]=>
  string(9) "timestamp"
}
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)

Warning: opcache_compile_file(%s/tests/php/opcache/fixtures/missing.inc): Failed to open stream: No such file or directory in %s/tests/php/opcache/compile_file.php on line 14

Warning: opcache_compile_file(): Failed opening '%s/tests/php/opcache/fixtures/missing.inc' for inclusion (include_path='.:/usr/share/php') in %s/tests/php/opcache/compile_file.php on line 14
bool(false)
