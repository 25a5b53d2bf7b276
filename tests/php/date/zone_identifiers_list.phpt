--TEST--
timezone_identifiers_list() / DateTimeZone::listIdentifiers(): groups, the backward-compatible names only with ALL_WITH_BC, PER_COUNTRY's country-code error; date_interval_create_from_date_string(); gettimeofday()
--FILE--
<?php
$all = timezone_identifiers_list();
var_dump(count($all), $all === DateTimeZone::listIdentifiers(), $all === array_values(array_unique($all)));
var_dump(in_array('Europe/London', $all), in_array('Asia/Calcutta', $all), in_array('US/Eastern', $all));
var_dump(timezone_identifiers_list(DateTimeZone::UTC), count(timezone_identifiers_list(DateTimeZone::EUROPE | DateTimeZone::UTC)));
var_dump(in_array('Asia/Calcutta', timezone_identifiers_list(DateTimeZone::ALL_WITH_BC)));
var_dump(array_slice(timezone_identifiers_list(DateTimeZone::ANTARCTICA), 0, 3));
foreach ([[DateTimeZone::PER_COUNTRY], [DateTimeZone::PER_COUNTRY, 'USA']] as $args) {
    try {
        timezone_identifiers_list(...$args);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
$i = date_interval_create_from_date_string('3 days 4 hours');
var_dump($i->d, $i->h, $i->days);
date_default_timezone_set('Asia/Calcutta');
$t = gettimeofday();
var_dump(array_keys($t), $t['minuteswest'], $t['dsttime'], abs($t['sec'] - time()) <= 1, is_float(gettimeofday(true)));
var_dump(date_interval_create_from_date_string(''), DateInterval::createFromDateString('foo'));
--EXPECTF--
int(419)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
array(1) {
  [0]=>
  string(3) "UTC"
}
int(59)
bool(true)
array(3) {
  [0]=>
  string(16) "Antarctica/Casey"
  [1]=>
  string(16) "Antarctica/Davis"
  [2]=>
  string(25) "Antarctica/DumontDUrville"
}
timezone_identifiers_list(): Argument #2 ($countryCode) must be a two-letter ISO 3166-1 compatible country code when argument #1 ($timezoneGroup) is DateTimeZone::PER_COUNTRY
timezone_identifiers_list(): Argument #2 ($countryCode) must be a two-letter ISO 3166-1 compatible country code when argument #1 ($timezoneGroup) is DateTimeZone::PER_COUNTRY
int(3)
int(4)
bool(false)
array(4) {
  [0]=>
  string(3) "sec"
  [1]=>
  string(4) "usec"
  [2]=>
  string(11) "minuteswest"
  [3]=>
  string(7) "dsttime"
}
int(-330)
int(0)
bool(true)
bool(true)

Warning: date_interval_create_from_date_string(): Unknown or bad format () at position 0 ( ): Empty string in %s/tests/php/date/zone_identifiers_list.php on line 20

Warning: DateInterval::createFromDateString(): Unknown or bad format (foo) at position 0 (f): The timezone could not be found in the database in %s/tests/php/date/zone_identifiers_list.php on line 20
bool(false)
bool(false)
