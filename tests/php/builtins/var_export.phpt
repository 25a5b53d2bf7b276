--TEST--
var_export of scalars and arrays
--FILE--
<?php
var_export(null); echo "\n";
var_export(true); echo "\n";
var_export(1.0); echo "\n";
var_export(0.1); echo "\n";
var_export(-0.0); echo "\n";
var_export("it's \\ \"q\""); echo "\n";
var_export("nul\0byte"); echo "\n";
var_export([1, 'a' => [true, null], 'n' => -5, 3 => 1e50]); echo "\n";
var_export([]); echo "\n";
var_dump(var_export([1 => 2], true));
var_export(PHP_INT_MIN); echo "\n";
var_export(INF); echo "\n";
var_export(NAN); echo "\n";
--EXPECT--
NULL
true
1.0
0.1
-0.0
'it\'s \\ "q"'
'nul' . "\0" . 'byte'
array (
  0 => 1,
  'a' => 
  array (
    0 => true,
    1 => NULL,
  ),
  'n' => -5,
  3 => 1.0E+50,
)
array (
)
string(19) "array (
  1 => 2,
)"
-9223372036854775807-1
INF
NAN
