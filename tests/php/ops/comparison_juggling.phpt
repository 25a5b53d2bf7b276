--TEST--
PHP 8 loose comparison of strings and numbers
--FILE--
<?php
var_dump(0 == "a", "1" == "01", "10" == "1e1", 100 == "1e2", "abc" == 0, null == false, [] == false, "0" == false, "" == null, " 1" == 1, "1 " == 1, "0.0" == "0");
var_dump("abc" <=> "abd", "10" < "9", "10" < "9a", 10 < "9a", null < -1, true > 10, "Z" < "a");
var_dump(null == 0, null === null, NAN == NAN, INF == INF, 0 == "", "1" == " 1", "1e3" == "1000");
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(-1)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
