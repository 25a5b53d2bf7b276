--TEST--
extension_loaded() and get_loaded_extensions()
--FILE--
<?php
var_dump(extension_loaded('CORE'), extension_loaded('spl'), extension_loaded('json'), extension_loaded('mbstring'), extension_loaded('nope'), get_loaded_extensions(true));
$e = get_loaded_extensions();
var_dump(in_array('standard', $e), in_array('date', $e), $e[0]);
var_dump(count(array_unique(array_map("strtolower", $e))) === count($e));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
array(1) {
  [0]=>
  string(12) "Zend OPcache"
}
bool(true)
bool(true)
string(4) "Core"
bool(true)
