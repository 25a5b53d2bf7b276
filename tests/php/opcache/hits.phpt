--TEST--
opcache counts a miss per compile and a hit per cached include
--INI--
opcache.enable_cli=1
--FILE--
<?php
include __DIR__ . '/fixtures/counted.inc';
include __DIR__ . '/fixtures/counted.inc';
include __DIR__ . '/fixtures/counted.inc';
echo $counted, "\n";
$s = opcache_get_status(false);
$st = $s['opcache_statistics'];
var_dump($st['hits'], $st['misses'], $st['num_cached_scripts'], $st['opcache_hit_rate']);
$m = $s['memory_usage'];
var_dump($m['used_memory'] + $m['free_memory'] + $m['wasted_memory'] == 128 * 1024 * 1024);
$i = $s['interned_strings_usage'];
var_dump($i['buffer_size'], $i['used_memory'] + $i['free_memory'] == $i['buffer_size'], $i['number_of_strings'] > 0);
var_dump(opcache_reset(), opcache_get_status(false)['restart_pending']);
--EXPECT--
3
int(2)
int(2)
int(2)
float(50)
bool(true)
int(8388608)
bool(true)
bool(true)
bool(true)
bool(true)
