--TEST--
opcache.preload: the functions and classes of the preload script and of what it compiled exist without include
--INI--
opcache.enable_cli=1
opcache.preload={PWD}/fixtures/preload.inc
opcache.preload_user=root
--FILE--
<?php
var_dump(function_exists('preloaded_fn'), function_exists('compiled_only_fn'));
echo preloaded_fn(), ', ', compiled_only_fn(), "\n";
var_dump(class_exists('PreloadedClass', false), class_exists('CompiledOnlyClass', false));
echo (new PreloadedClass)->hi(), "\n";
$p = opcache_get_status(false)['preload_statistics'];
var_dump(array_keys($p), $p['memory_consumption'] > 0, $p['functions'], $p['classes'], array_map('basename', $p['scripts']));
// Loading them again runs them without redeclaring anything.
var_dump(require_once __DIR__ . '/fixtures/preload.inc');
var_dump(include __DIR__ . '/fixtures/compiled_only.inc');
--EXPECT--
bool(true)
bool(true)
preloaded, compiled only
bool(true)
bool(true)
hi p1
array(4) {
  [0]=>
  string(18) "memory_consumption"
  [1]=>
  string(9) "functions"
  [2]=>
  string(7) "classes"
  [3]=>
  string(7) "scripts"
}
bool(true)
array(2) {
  [0]=>
  string(16) "compiled_only_fn"
  [1]=>
  string(12) "preloaded_fn"
}
array(2) {
  [0]=>
  string(14) "PreloadedClass"
  [1]=>
  string(17) "CompiledOnlyClass"
}
array(2) {
  [0]=>
  string(11) "preload.inc"
  [1]=>
  string(17) "compiled_only.inc"
}
int(1)
int(1)
