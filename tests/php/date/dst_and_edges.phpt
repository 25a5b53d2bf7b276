--TEST--
date: DST gaps and overlaps, out-of-range dates, diff with microseconds, zones in the string
--FILE--
<?php
date_default_timezone_set('America/New_York');
echo date('Y-m-d H:i:s T', mktime(2, 30, 0, 3, 10, 2024)), "\n";
echo date('Y-m-d H:i:s T', mktime(1, 30, 0, 11, 3, 2024)), "\n";
echo date('Y-m-d H:i:s T', strtotime('2024-03-10 12:00 +1 day')), "\n";
$d = new DateTime('2024-03-09 12:00');
$d->modify('+1 day'); echo $d->format('c'), "\n";
$d->add(new DateInterval('PT24H')); echo $d->format('c'), "\n";
echo (new DateTime('2024-01-15 10:30:00'))->format('N jS F Y, g:i a'), "\n";
echo date('D', strtotime('next monday', 1705314600)), "\n";
var_dump(strtotime('2024-02-30'), strtotime('2024-13-01'), strtotime('24:00', 1705314600), strtotime('1 January', 1705314600));
$a = new DateTimeImmutable('2000-02-28'); $b = new DateTimeImmutable('2024-02-29 13:14:15.5');
$i = $a->diff($b); echo $i->format('%y %m %d %h %i %s %f %a'), "\n";
echo $b->format('u v'), "\n";
var_dump(new DateTime('2024-01-15 10:30:00.123456 Europe/London'));
echo json_encode(['at' => new DateTimeImmutable('2020-05-05 05:05:05')]), "\n";
--EXPECT--
2024-03-10 03:30:00 EDT
2024-11-03 01:30:00 EST
2024-03-11 12:00:00 EDT
2024-03-10T12:00:00-04:00
2024-03-11T12:00:00-04:00
1 15th January 2024, 10:30 am
Mon
int(1709269200)
bool(false)
int(1705381200)
int(1704085200)
24 0 1 13 14 15 500000 8767
500000 500
object(DateTime)#5 (3) {
  ["date"]=>
  string(26) "2024-01-15 10:30:00.123456"
  ["timezone_type"]=>
  int(3)
  ["timezone"]=>
  string(13) "Europe/London"
}
{"at":{"date":"2020-05-05 05:05:05.000000","timezone_type":3,"timezone":"America\/New_York"}}
