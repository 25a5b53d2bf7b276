--TEST--
array comparison and union
--FILE--
<?php
var_dump([1, 2] == [2 => 1], ["a" => 1, "b" => 2] == ["b" => 2, "a" => 1], ["a" => 1, "b" => 2] === ["b" => 2, "a" => 1]);
var_dump([1, 2, 3] > [1, 2], [0 => 1] + [0 => 2, 1 => 3], ["1" => "x"] === [1 => "x"]);
--EXPECT--
bool(false)
bool(true)
bool(false)
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
bool(true)
