--TEST--
Timezone locations, more strtotime forms, offsets with seconds, relative intervals in add/sub, DatePeriod ISO errors, ini_set of date.timezone
--FILE--
<?php
date_default_timezone_set('Europe/Oslo');
var_dump(timezone_location_get(new DateTimeZone("Europe/Oslo")), (new DateTimeZone("UTC"))->getLocation(), (new DateTimeZone("America/Indiana/Knox"))->getLocation(), (new DateTimeZone("+01:00"))->getLocation(), (new DateTimeZone("Europe/London"))->getLocation());
foreach (['2006-1-6T0:0:0-8:0', '20050518t090000Z', 'Mon, 08 May 2006 13:06:44 -0400 +30 days', '+-60 minutes', '--60 minutes', '1 Thursday Nov 2007', '+2 week Thursday Nov 2007'] as $s) echo $s, ' => ', date(DATE_ISO8601, strtotime($s, 1194000000)), "\n";
foreach (["+03:00:01", "-03:00:58"] as $z) { $tz = new DateTimeZone($z); echo $tz->getName(), " ", (new DateTime("2020-01-01", $tz))->format("P e"), "\n"; }
$now = date_create('2010-03-07 13:21:38 UTC');
$i = DateInterval::createFromDateString('third Tuesday of next month');
echo date_add(clone $now, $i)->format(DATE_ISO8601), "\n";
$now->sub($i); echo $now->format(DATE_ISO8601), "\n";
foreach (['R4', 'R4/2012-07-01T00:00:00Z', '2012-07-01T00:00:00Z/P7D', '2D', 'R2/2012-07-01T00:00:00Z/P7D'] as $iso) { try { foreach (new DatePeriod($iso) as $d) echo $d->format('c'), "\n"; } catch (Exception $e) { echo $e->getMessage(), "\n"; } }
try { new DatePeriod(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(ini_set('date.timezone', 'Foo/Bar'), ini_get('date.timezone'), ini_set('date.timezone', 'Europe/Paris'), ini_get('date.timezone'));
--EXPECTF--
array(4) {
  ["country_code"]=>
  string(2) "NO"
  ["latitude"]=>
  float(59.91666)
  ["longitude"]=>
  float(10.75)
  ["comments"]=>
  string(0) ""
}
array(4) {
  ["country_code"]=>
  string(2) "??"
  ["latitude"]=>
  float(0)
  ["longitude"]=>
  float(0)
  ["comments"]=>
  string(1) "?"
}
array(4) {
  ["country_code"]=>
  string(2) "US"
  ["latitude"]=>
  float(41.29583)
  ["longitude"]=>
  float(-86.625)
  ["comments"]=>
  string(21) "Central - IN (Starke)"
}
bool(false)
array(4) {
  ["country_code"]=>
  string(2) "GB"
  ["latitude"]=>
  float(51.50833)
  ["longitude"]=>
  float(-0.12527)
  ["comments"]=>
  string(0) ""
}
2006-1-6T0:0:0-8:0 => 2006-01-06T09:00:00+0100
20050518t090000Z => 2005-05-18T11:00:00+0200
Mon, 08 May 2006 13:06:44 -0400 +30 days => 2006-06-07T19:06:44+0200
+-60 minutes => 2007-11-02T10:40:00+0100
--60 minutes => 2007-11-02T12:40:00+0100
1 Thursday Nov 2007 => 2007-11-01T00:00:00+0100
+2 week Thursday Nov 2007 => 2007-11-15T00:00:00+0100
+03:00:01 +03:00 +03:00
-03:00:58 -03:00 -03:00
2010-04-20T13:21:38+0000

Warning: DateTime::sub(): Only non-special relative time specifications are supported for subtraction in %s/tests/php/stdlib/date_location_iso_periods.php on line 9
2010-03-07T13:21:38+0000
DatePeriod::__construct(): ISO interval must contain a start date, "R4" given
DatePeriod::__construct(): ISO interval must contain an interval, "R4/2012-07-01T00:00:00Z" given
DatePeriod::__construct(): ISO interval must contain an end date or a recurrence count, "2012-07-01T00:00:00Z/P7D" given
Unknown or bad format (2D)
2012-07-01T00:00:00+00:00
2012-07-08T00:00:00+00:00
2012-07-15T00:00:00+00:00
DatePeriod::__construct() accepts (DateTimeInterface, DateInterval, int [, int]), or (DateTimeInterface, DateInterval, DateTime [, int]), or (string [, int]) as arguments

Warning: ini_set(): Invalid date.timezone value 'Foo/Bar', using 'UTC' instead in %s/tests/php/stdlib/date_location_iso_periods.php on line 12
bool(false)
string(3) "UTC"
string(3) "UTC"
string(12) "Europe/Paris"
