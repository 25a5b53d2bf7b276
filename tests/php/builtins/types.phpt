--TEST--
is_* functions and gettype
--FILE--
<?php
foreach ([null, true, 0, 1.5, "s", "12", "1e3", " 1", [], new stdClass] as $v) {
    echo str_pad(gettype($v), 8), " int:", (int)is_int($v), " float:", (int)is_float($v), " string:", (int)is_string($v), " bool:", (int)is_bool($v), " array:", (int)is_array($v), " null:", (int)is_null($v), " numeric:", (int)is_numeric($v), " scalar:", (int)is_scalar($v), " object:", (int)is_object($v), " iterable:", (int)is_iterable($v), " countable:", (int)is_countable($v), "\n";
}
var_dump(is_integer(1), is_long(1), is_double(1.0), get_debug_type(1), get_debug_type(1.0), get_debug_type("x"), get_debug_type(null), get_debug_type([]), get_debug_type(false));
--EXPECT--
NULL     int:0 float:0 string:0 bool:0 array:0 null:1 numeric:0 scalar:0 object:0 iterable:0 countable:0
boolean  int:0 float:0 string:0 bool:1 array:0 null:0 numeric:0 scalar:1 object:0 iterable:0 countable:0
integer  int:1 float:0 string:0 bool:0 array:0 null:0 numeric:1 scalar:1 object:0 iterable:0 countable:0
double   int:0 float:1 string:0 bool:0 array:0 null:0 numeric:1 scalar:1 object:0 iterable:0 countable:0
string   int:0 float:0 string:1 bool:0 array:0 null:0 numeric:0 scalar:1 object:0 iterable:0 countable:0
string   int:0 float:0 string:1 bool:0 array:0 null:0 numeric:1 scalar:1 object:0 iterable:0 countable:0
string   int:0 float:0 string:1 bool:0 array:0 null:0 numeric:1 scalar:1 object:0 iterable:0 countable:0
string   int:0 float:0 string:1 bool:0 array:0 null:0 numeric:1 scalar:1 object:0 iterable:0 countable:0
array    int:0 float:0 string:0 bool:0 array:1 null:0 numeric:0 scalar:0 object:0 iterable:1 countable:1
object   int:0 float:0 string:0 bool:0 array:0 null:0 numeric:0 scalar:0 object:1 iterable:0 countable:0
bool(true)
bool(true)
bool(true)
string(3) "int"
string(5) "float"
string(6) "string"
string(4) "null"
string(5) "array"
string(4) "bool"
