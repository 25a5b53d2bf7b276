--TEST--
DateTime::getLastErrors() / date_get_last_errors(): false after a clean parse, the invalid-date warning, errors after a failed one
--FILE--
<?php
date_default_timezone_set('UTC');
var_dump(DateTime::getLastErrors());
$d = new DateTime('2024-01-01');
var_dump(DateTime::getLastErrors(), date_get_last_errors());
var_dump(DateTime::createFromFormat('!Y-m-d', '2024-13-45')->format('Y-m-d'), DateTimeImmutable::getLastErrors());
$d = new DateTime('2024-02-30');
var_dump(DateTime::getLastErrors());
$ok = DateTimeImmutable::createFromFormat('Y-m-d H:i', '2024-02-29 10:00');
var_dump(DateTime::getLastErrors());
$bad = DateTime::createFromFormat('Y-m-d', 'nope');
$e = DateTime::getLastErrors();
var_dump($bad, $e['warning_count'], $e['error_count'] > 0);
try { new DateTime('not a date'); } catch (Exception $x) { $e = date_get_last_errors(); var_dump($e['error_count'] > 0); }
$d = date_create('2023-02-29');
var_dump(date_get_last_errors()['warnings']);
--EXPECT--
bool(false)
bool(false)
bool(false)
string(10) "2025-02-14"
array(4) {
  ["warning_count"]=>
  int(1)
  ["warnings"]=>
  array(1) {
    [10]=>
    string(27) "The parsed date was invalid"
  }
  ["error_count"]=>
  int(0)
  ["errors"]=>
  array(0) {
  }
}
array(4) {
  ["warning_count"]=>
  int(1)
  ["warnings"]=>
  array(1) {
    [11]=>
    string(27) "The parsed date was invalid"
  }
  ["error_count"]=>
  int(0)
  ["errors"]=>
  array(0) {
  }
}
bool(false)
bool(false)
int(0)
bool(true)
bool(true)
array(1) {
  [11]=>
  string(27) "The parsed date was invalid"
}
