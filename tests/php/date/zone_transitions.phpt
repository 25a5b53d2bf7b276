--TEST--
DateTimeZone::getTransitions() and timezone_transitions_get(): the state at the start, then each change before the end
--FILE--
<?php
$tz = new DateTimeZone('Europe/Paris');
var_dump($tz->getTransitions(1704067200, 1735689599));
var_dump(count($tz->getTransitions(1704067200)) > 10, (new DateTimeZone('UTC'))->getTransitions(0, 100), (new DateTimeZone('+02:00'))->getTransitions(0, 100));
var_dump((new DateTimeZone('America/New_York'))->getTransitions(1710054000, 1710054000));
var_dump((new DateTimeZone('America/New_York'))->getTransitions(1710054000, 1710054001));
var_dump(timezone_transitions_get(new DateTimeZone('Asia/Tokyo'), 0, 2000000000));

--EXPECT--
array(3) {
  [0]=>
  array(5) {
    ["ts"]=>
    int(1704067200)
    ["time"]=>
    string(25) "2024-01-01T00:00:00+00:00"
    ["offset"]=>
    int(3600)
    ["isdst"]=>
    bool(false)
    ["abbr"]=>
    string(3) "CET"
  }
  [1]=>
  array(5) {
    ["ts"]=>
    int(1711846800)
    ["time"]=>
    string(25) "2024-03-31T01:00:00+00:00"
    ["offset"]=>
    int(7200)
    ["isdst"]=>
    bool(true)
    ["abbr"]=>
    string(4) "CEST"
  }
  [2]=>
  array(5) {
    ["ts"]=>
    int(1729990800)
    ["time"]=>
    string(25) "2024-10-27T01:00:00+00:00"
    ["offset"]=>
    int(3600)
    ["isdst"]=>
    bool(false)
    ["abbr"]=>
    string(3) "CET"
  }
}
bool(true)
array(1) {
  [0]=>
  array(5) {
    ["ts"]=>
    int(0)
    ["time"]=>
    string(25) "1970-01-01T00:00:00+00:00"
    ["offset"]=>
    int(0)
    ["isdst"]=>
    bool(false)
    ["abbr"]=>
    string(3) "UTC"
  }
}
bool(false)
array(1) {
  [0]=>
  array(5) {
    ["ts"]=>
    int(1710054000)
    ["time"]=>
    string(25) "2024-03-10T07:00:00+00:00"
    ["offset"]=>
    int(-14400)
    ["isdst"]=>
    bool(true)
    ["abbr"]=>
    string(3) "EDT"
  }
}
array(1) {
  [0]=>
  array(5) {
    ["ts"]=>
    int(1710054000)
    ["time"]=>
    string(25) "2024-03-10T07:00:00+00:00"
    ["offset"]=>
    int(-14400)
    ["isdst"]=>
    bool(true)
    ["abbr"]=>
    string(3) "EDT"
  }
}
array(1) {
  [0]=>
  array(5) {
    ["ts"]=>
    int(0)
    ["time"]=>
    string(25) "1970-01-01T00:00:00+00:00"
    ["offset"]=>
    int(32400)
    ["isdst"]=>
    bool(false)
    ["abbr"]=>
    string(3) "JST"
  }
}
