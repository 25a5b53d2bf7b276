--TEST--
json_decode creates an object once its first member is parsed, so nested objects take the lower handles
--FILE--
<?php
$o = new stdClass;
var_dump(json_decode('{"a":{"b":{"c":1}},"d":{},"e":[{"f":2}]}'));
var_dump(json_decode('[{}, {"x": {}}]'));
--EXPECT--
object(stdClass)#4 (3) {
  ["a"]=>
  object(stdClass)#3 (1) {
    ["b"]=>
    object(stdClass)#2 (1) {
      ["c"]=>
      int(1)
    }
  }
  ["d"]=>
  object(stdClass)#5 (0) {
  }
  ["e"]=>
  array(1) {
    [0]=>
    object(stdClass)#6 (1) {
      ["f"]=>
      int(2)
    }
  }
}
array(2) {
  [0]=>
  object(stdClass)#4 (0) {
  }
  [1]=>
  object(stdClass)#5 (1) {
    ["x"]=>
    object(stdClass)#6 (0) {
    }
  }
}
