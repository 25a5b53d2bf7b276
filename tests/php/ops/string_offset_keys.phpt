--TEST--
String offsets with a leading-integer, non-integer or float key
--FILE--
<?php
$s = "abc";
echo $s['1x'], "\n";
try { echo $s['x'], "\n"; } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$s['1x'] = 'Z'; echo $s, "\n";
try { $s['x'] = 'Q'; } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(isset($s['1x']), isset($s['x']), $s['1.5'] ?? 'none');
foreach ($s['0nosuchkey'] as $v) {}
$t = "str"; var_dump($t[1.7]);

?>
--EXPECTF--
Warning: Illegal string offset "1x" in %s/tests/php/ops/string_offset_keys.php on line 3
b
TypeError: Cannot access offset of type string on string

Warning: Illegal string offset "1x" in %s/tests/php/ops/string_offset_keys.php on line 5
aZc
TypeError: Cannot access offset of type string on string
bool(false)
bool(false)
string(4) "none"

Warning: Illegal string offset "0nosuchkey" in %s/tests/php/ops/string_offset_keys.php on line 8

Warning: foreach() argument must be of type array|object, string given in %s/tests/php/ops/string_offset_keys.php on line 8

Warning: String offset cast occurred in %s/tests/php/ops/string_offset_keys.php on line 9
string(1) "t"
