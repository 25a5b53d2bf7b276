--TEST--
opcache.blacklist_filename: blacklisted files are compiled every time, counted as blacklist misses
--INI--
opcache.enable_cli=1
opcache.blacklist_filename={PWD}/fixtures/blacklist.txt
--FILE--
<?php
include __DIR__ . '/fixtures/counted.inc';
include __DIR__ . '/fixtures/counted.inc';
include __DIR__ . '/fixtures/lib.inc';
echo $counted, "\n";
$st = opcache_get_status(false)['opcache_statistics'];
var_dump($st['hits'], $st['misses'], $st['blacklist_misses'], $st['blacklist_miss_ratio']);
var_dump(opcache_is_script_cached(__DIR__ . '/fixtures/counted.inc'), opcache_is_script_cached(__DIR__ . '/fixtures/lib.inc'));
var_dump(array_map('basename', opcache_get_configuration()['blacklist']));
--EXPECT--
2
int(0)
int(2)
int(2)
float(50)
bool(false)
bool(true)
array(2) {
  [0]=>
  string(11) "counted.inc"
  [1]=>
  string(5) "black"
}
