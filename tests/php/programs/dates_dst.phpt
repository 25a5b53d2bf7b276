--TEST--
program: DateTime formatting and diff across DST, zones, intervals, periods, transitions
--FILE--
<?php
// DateTime formatting and diff across DST transitions, timezones, intervals, periods
date_default_timezone_set('America/New_York');
$fmt = 'Y-m-d H:i:s T P U I';
$d = new DateTimeImmutable('2024-03-10 01:30:00');
for ($i = 0; $i < 4; $i++) { echo $d->format($fmt), "\n"; $d = $d->modify('+30 minutes'); }
$a = new DateTime('2024-03-09 12:00'); $b = new DateTime('2024-03-10 12:00');
$diff = $a->diff($b);
echo $diff->format('%a days %h hours %i min %R'), ' | ', ($b->getTimestamp() - $a->getTimestamp()) / 3600, "h\n";
$c = new DateTime('2024-11-03 00:30'); 
foreach (['+1 hour', '+1 hour', '+1 hour', '+1 hour'] as $m) { $c->modify($m); echo $c->format('H:i T U'), ' '; }
echo "\n";
$x = new DateTimeImmutable('2024-11-02 12:00'); $y = $x->add(new DateInterval('P1D')); $z = $x->add(new DateInterval('PT24H'));
echo $y->format('c'), ' ', $z->format('c'), "\n";
echo $x->diff($y)->format('%d %h'), ' ', $x->diff($z)->format('%d %h'), "\n";
$utc = new DateTimeZone('UTC'); $tokyo = new DateTimeZone('Asia/Tokyo'); $kol = new DateTimeZone('Asia/Kolkata');
$t = new DateTimeImmutable('2024-06-15 09:45:00', $utc);
foreach ([$utc, $tokyo, $kol, new DateTimeZone('Europe/London'), new DateTimeZone('+05:30'), new DateTimeZone('Australia/Lord_Howe')] as $tz) {
    printf("%-20s %s %s %d\n", $tz->getName(), $t->setTimezone($tz)->format('D, d M Y H:i:s O e'), $t->setTimezone($tz)->format('T'), $tz->getOffset($t));
}
echo $t->format(DATE_RFC2822), "\n", $t->format(DATE_COOKIE), "\n", $t->format(DATE_RFC3339_EXTENDED), "\n", $t->format(DateTimeInterface::W3C), "\n";
echo $t->format('l jS \o\f F Y h:i:s A, N w z t L o W y n G g u v e'), "\n";
echo $t->format('\Y\-\m: Y-m, [\\\\]'), "\n";
foreach (['2024-01-31 +1 month', '2024-01-31 last day of next month', 'first monday of january 2025', '2024-02-29 +1 year', 'tomorrow noon', '@86400', 'last friday of next month'] as $s) {
    $base = new DateTimeImmutable('2024-05-20 08:00:00');
    try { echo str_pad($s, 34), (str_contains($s, '2024') || str_contains($s, '2025') || $s[0] === '@' ? new DateTimeImmutable($s) : $base->modify($s))->format('Y-m-d H:i D'), "\n"; }
    catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$i = new DateInterval('P1Y2M10DT2H30M5S');
echo $i->format('%y-%m-%d %h:%i:%s | %Y %M %D %H %I %S | %R%a | %%'), "\n";
$neg = (new DateTime('2024-05-01'))->diff(new DateTime('2023-02-15 06:00'));
echo $neg->format('%R %y y %m m %d d %h h, total %a'), ' invert=', $neg->invert, ' days=', $neg->days, "\n";
$p = new DatePeriod(new DateTime('2024-03-08'), new DateInterval('P1D'), new DateTime('2024-03-12'), DatePeriod::EXCLUDE_START_DATE);
foreach ($p as $k => $day) echo $k, ':', $day->format('D d H:i T'), ' ';
echo "\n";
$p2 = new DatePeriod(new DateTimeImmutable('2024-01-31'), new DateInterval('P1M'), 4);
echo implode(' ', array_map(fn($d) => $d->format('m-d'), iterator_to_array($p2))), "\n";
$leap = array_filter(range(1896, 1912), fn($y) => (new DateTime("$y-01-01"))->format('L') === '1');
echo implode(',', $leap), "\n";
echo date('Y-m-d H:i:s', 0), ' ', gmdate('Y-m-d H:i:s', 1700000000), ' ', mktime(0, 0, 0, 2, 30, 2024), ' ', date('Y-m-d', mktime(0, 0, 0, 2, 30, 2024)), "\n";
var_dump(checkdate(2, 29, 2023), checkdate(2, 29, 2024), strtotime('2024-03-10 02:30:00'), strtotime('garbage'));
$dt = DateTime::createFromFormat('d/m/Y H:i', '15/08/2024 14:05', $utc);
echo $dt->format('c'), ' ', DateTime::createFromFormat('!d/m/Y', '01/02/2024')->format('c'), "\n";
echo DateTime::createFromFormat('!Y-m-d', '2024-13-45')->format(DATE_ATOM), "\n";
var_dump(DateTime::createFromFormat('Y-m-d', 'nope'));
$m = new DateTime('2024-01-31 10:00', $utc);
$m->setDate(2024, 2, 30)->setTime(25, 61, 61);
echo $m->format('Y-m-d H:i:s'), "\n";
$im = new DateTimeImmutable('2024-12-31 23:59:59.999999', $utc);
echo $im->add(new DateInterval('PT1S'))->format('Y-m-d H:i:s.u'), ' ', $im->sub(new DateInterval('P1M'))->format('Y-m-d'), ' ', $im->setTimestamp(1)->format('c'), "\n";
$d1 = new DateTimeImmutable('2024-01-01', $utc); $d2 = new DateTime('2024-01-01', $tokyo);
var_dump($d1 > $d2, $d1 == $d2, $d1 <=> $d2);
$ages = ['1990-07-04', '2000-02-29', '2020-12-31'];
foreach ($ages as $b) echo $b, ' -> ', (new DateTime($b, $utc))->diff(new DateTime('2024-06-15', $utc))->y, ' years; ';
echo "\n";
$tz = new DateTimeZone('Europe/Paris');
$tr = $tz->getTransitions(1704067200, 1735689599);
foreach ($tr as $x) echo $x['time'], ' ', $x['offset'], ' ', var_export($x['isdst'], true), ' ', $x['abbr'], "\n";

echo json_encode(new DateTime('2024-02-03 04:05:06', $utc)), "\n";
var_dump(new DateInterval('P2W'));

--EXPECT--
2024-03-10 01:30:00 EST -05:00 1710052200 0
2024-03-10 03:00:00 EDT -04:00 1710054000 1
2024-03-10 03:30:00 EDT -04:00 1710055800 1
2024-03-10 04:00:00 EDT -04:00 1710057600 1
1 days 0 hours 0 min + | 23h
01:30 EDT 1730611800 02:30 EST 1730619000 03:30 EST 1730622600 04:30 EST 1730626200 
2024-11-03T12:00:00-05:00 2024-11-03T11:00:00-05:00
1 0 0 24
UTC                  Sat, 15 Jun 2024 09:45:00 +0000 UTC UTC 0
Asia/Tokyo           Sat, 15 Jun 2024 18:45:00 +0900 Asia/Tokyo JST 32400
Asia/Kolkata         Sat, 15 Jun 2024 15:15:00 +0530 Asia/Kolkata IST 19800
Europe/London        Sat, 15 Jun 2024 10:45:00 +0100 Europe/London BST 3600
+05:30               Sat, 15 Jun 2024 15:15:00 +0530 +05:30 GMT+0530 19800
Australia/Lord_Howe  Sat, 15 Jun 2024 20:15:00 +1030 Australia/Lord_Howe +1030 37800
Sat, 15 Jun 2024 09:45:00 +0000
Saturday, 15-Jun-2024 09:45:00 UTC
2024-06-15T09:45:00.000+00:00
2024-06-15T09:45:00+00:00
Saturday 15th of June 2024 09:45:00 AM, 6 6 166 30 1 2024 24 24 6 9 9 000000 000 UTC
Y-m: 2024-06, [\]
2024-01-31 +1 month               2024-03-02 00:00 Sat
2024-01-31 last day of next month 2024-02-29 00:00 Thu
first monday of january 2025      2025-01-06 00:00 Mon
2024-02-29 +1 year                2025-03-01 00:00 Sat
tomorrow noon                     2024-05-21 12:00 Tue
@86400                            1970-01-02 00:00 Fri
last friday of next month         2024-06-28 00:00 Fri
1-2-10 2:30:5 | 01 02 10 02 30 05 | +(unknown) | %
- 1 y 2 m 13 d 18 h, total 440 invert=1 days=440
0:Sat 09 00:00 EST 1:Sun 10 00:00 EST 2:Mon 11 00:00 EDT 
01-31 03-02 04-02 05-02 06-02
1896,1904,1908,1912
1969-12-31 19:00:00 2023-11-14 22:13:20 1709269200 2024-03-01
bool(false)
bool(true)
int(1710055800)
bool(false)
2024-08-15T14:05:00+00:00 2024-02-01T00:00:00-05:00
2025-02-14T00:00:00-05:00
bool(false)
2024-03-02 02:02:01
2025-01-01 00:00:00.999999 2024-12-01 1970-01-01T00:00:01+00:00
bool(true)
bool(false)
int(1)
1990-07-04 -> 33 years; 2000-02-29 -> 24 years; 2020-12-31 -> 3 years; 
2024-01-01T00:00:00+00:00 3600 false CET
2024-03-31T01:00:00+00:00 7200 true CEST
2024-10-27T01:00:00+00:00 3600 false CET
{"date":"2024-02-03 04:05:06.000000","timezone_type":3,"timezone":"UTC"}
object(DateInterval)#6 (10) {
  ["y"]=>
  int(0)
  ["m"]=>
  int(0)
  ["d"]=>
  int(14)
  ["h"]=>
  int(0)
  ["i"]=>
  int(0)
  ["s"]=>
  int(0)
  ["f"]=>
  float(0)
  ["invert"]=>
  int(0)
  ["days"]=>
  bool(false)
  ["from_string"]=>
  bool(false)
}
