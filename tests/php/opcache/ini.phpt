--TEST--
the opcache.* ini entries read through ini_get(): set ones and PHP's defaults
--INI--
opcache.enable_cli=1
opcache.memory_consumption=64
--FILE--
<?php
foreach (['opcache.enable', 'opcache.enable_cli', 'opcache.memory_consumption',
          'opcache.interned_strings_buffer', 'opcache.max_accelerated_files',
          'opcache.validate_timestamps', 'opcache.file_cache', 'opcache.preload',
          'opcache.optimization_level', 'opcache.no_such_setting'] as $k) {
    var_dump(ini_get($k));
}
--EXPECT--
string(1) "1"
string(1) "1"
string(2) "64"
string(1) "8"
string(5) "10000"
string(1) "1"
string(0) ""
string(0) ""
string(10) "0x7FFEBFFF"
bool(false)
