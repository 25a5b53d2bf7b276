--TEST--
comparison operators
--FILE--
<?php
var_dump(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 1 == 1.0, 1 === 1.0, 1 != 2, 1 <> 1, 1 !== "1");
var_dump(1 <=> 2, 2 <=> 2, 3 <=> 2, "a" <=> "b", [1, 2] <=> [1, 3], 1.5 <=> 1.5);
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
int(-1)
int(0)
int(1)
int(-1)
int(-1)
int(0)
