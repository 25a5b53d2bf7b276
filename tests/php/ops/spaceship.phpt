--TEST--
spaceship operator with mixed types
--FILE--
<?php
var_dump(1 <=> 1.0, "a" <=> "a", [1,2] <=> [1,2,3], null <=> false, true <=> false, "10" <=> "9", "abc" <=> "abcd", 1.5 <=> 2);
--EXPECT--
int(0)
int(0)
int(-1)
int(0)
int(1)
int(1)
int(-1)
int(-1)
