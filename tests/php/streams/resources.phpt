--TEST--
resource values: var_dump, gettype, casts, closed resources, comparisons
--FILE--
<?php
$f = fopen('php://memory', 'r+');
$g = fopen('php://memory', 'r+');
var_dump($f, gettype($f), get_debug_type($f), (int)$f === get_resource_id($f), is_resource($f));
var_dump((bool)$f, (string)$f === "Resource id #" . (int)$f, (float)$f == (int)$f);
var_dump(get_resource_type($f), $f == $f, $f === $f, $f == $g, $f === $g, $f < $g, $f <=> $g);
var_dump($f == (int)$f, is_scalar($f), is_int($f), is_null($f), empty($f), isset($f));
print_r($g); echo "\n";
echo $g, "\n";
var_dump(json_encode($f), json_last_error_msg(), json_encode([1, $f], JSON_PARTIAL_OUTPUT_ON_ERROR));
var_dump(serialize($f), serialize([$f]));
var_export($f); echo "\n";
var_dump([$f], (array)$f);
$a = [];
$a[$f] = 1;
var_dump(array_keys($a) === [(int)$f]);
fclose($f);
var_dump($f, gettype($f), get_debug_type($f), is_resource($f), get_resource_type($f), (int)$f === get_resource_id($f), (bool)$f);
try { fclose($f); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $f++; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { var_dump($g + 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(STDIN, STDOUT, STDERR, get_resource_type(STDERR), get_resource_id(STDOUT));
$fn = 'is_resource';
var_dump($fn($g), $fn($f), $fn(1));
--EXPECTF--
resource(5) of type (stream)
string(8) "resource"
string(17) "resource (stream)"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(6) "stream"
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
int(-1)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
Resource id #6
Resource id #6
bool(false)
string(21) "Type is not supported"
string(8) "[1,null]"
string(4) "i:0;"
string(14) "a:1:{i:0;i:0;}"
NULL
array(1) {
  [0]=>
  resource(5) of type (stream)
}
array(1) {
  [0]=>
  resource(5) of type (stream)
}

Warning: Resource ID#5 used as offset, casting to integer (5) in %s/tests/php/streams/resources.php on line 15
bool(true)
resource(5) of type (Unknown)
string(17) "resource (closed)"
string(17) "resource (closed)"
bool(false)
string(7) "Unknown"
bool(true)
bool(true)
fclose(): supplied resource is not a valid stream resource
Cannot increment resource
Unsupported operand types: resource + int
resource(1) of type (stream)
resource(2) of type (stream)
resource(3) of type (stream)
string(6) "stream"
int(2)
bool(true)
bool(false)
bool(false)
