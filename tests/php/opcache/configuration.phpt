--TEST--
opcache_get_configuration() reflects the opcache.* settings
--INI--
opcache.enable_cli=1
opcache.memory_consumption=64
opcache.interned_strings_buffer=4
opcache.max_accelerated_files=200
opcache.validate_timestamps=0
opcache.max_wasted_percentage=10
--FILE--
<?php
$c = opcache_get_configuration();
foreach (['opcache.enable', 'opcache.enable_cli', 'opcache.memory_consumption',
          'opcache.interned_strings_buffer', 'opcache.max_accelerated_files',
          'opcache.validate_timestamps', 'opcache.max_wasted_percentage',
          'opcache.revalidate_freq', 'opcache.file_cache', 'opcache.preload'] as $k) {
    echo $k, ' = ', var_export($c['directives'][$k], true), "\n";
}
echo count($c['directives']), "\n";
var_dump($c['version']['opcache_product_name'], $c['blacklist']);
$s = opcache_get_status(false);
var_dump($s['opcache_statistics']['max_cached_keys'], $s['interned_strings_usage']['buffer_size']);
--EXPECT--
opcache.enable = true
opcache.enable_cli = true
opcache.memory_consumption = 67108864
opcache.interned_strings_buffer = 4
opcache.max_accelerated_files = 200
opcache.validate_timestamps = false
opcache.max_wasted_percentage = 0.1
opcache.revalidate_freq = 0
opcache.file_cache = ''
opcache.preload = ''
53
string(12) "Zend OPcache"
array(0) {
}
int(223)
int(4194304)
