--TEST--
in_array with a constant haystack (compiled to IN_ARRAY): strict and loose, every needle type
--FILE--
<?php
var_dump(in_array(1, [1], true), in_array(1, [1, 2], true), in_array("a", ["a"], true), in_array(1, [1]));
var_dump(in_array("1", [1, 2], true), in_array(1.0, [1, 2], true), in_array("b", ["a", "b"]), in_array("c", ["a", "b"]));
var_dump(in_array(null, ["", "a"]), in_array(false, ["x"]), in_array(true, ["x"]), in_array(0, ["a"]), in_array("1", ["1", "x"], true));
var_dump(in_array(null, ["a"]), in_array(1.5, ["a"]), in_array("A", ["a"]));
var_dump(in_array("1", ["1", "x"], true), in_array(1, ["1", "x"], true), in_array("1", ["1", "x"]));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
