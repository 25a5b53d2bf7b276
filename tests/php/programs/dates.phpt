--TEST--
program: date report (date, mktime, DateTime/Immutable, DateInterval, diff, modify, zones)
--FILE--
<?php
date_default_timezone_set('Europe/Paris');
$ts = mktime(14, 30, 0, 3, 15, 2024);
echo $ts, "\n";
echo date('Y-m-d H:i:s', $ts), "\n";
echo date('D, d M Y', $ts), ' | ', date('l jS \of F Y h:i:s A', $ts), "\n";
echo date('N w z t L W o y n G g U e T P O c r', $ts), "\n";
echo date(DATE_ATOM, $ts), "\n", date(DATE_RFC2822, $ts), "\n", date(DATE_COOKIE, $ts), "\n";
echo gmdate('Y-m-d H:i', $ts), "\n";
var_dump(checkdate(2, 29, 2023), checkdate(2, 29, 2024));
echo date('Y-m-d', mktime(0, 0, 0, 13, 1, 2023)), ' ', date('Y-m-d', mktime(0, 0, 0, 3, 0, 2024)), "\n";

$d = new DateTime('2024-01-31 10:00:00');
$d->modify('+1 month');
echo $d->format('Y-m-d'), "\n";
$d2 = new DateTimeImmutable('2024-02-29');
echo $d2->add(new DateInterval('P1Y'))->format('Y-m-d'), ' ', $d2->sub(new DateInterval('P1M2D'))->format('Y-m-d'), "\n";
echo $d2->modify('last day of next month')->format('Y-m-d l'), "\n";
echo $d2->modify('first monday of january 2025')->format('Y-m-d'), "\n";
$start = new DateTimeImmutable('2023-12-25 08:15:00');
$end = new DateTimeImmutable('2024-03-01 17:45:30');
$diff = $start->diff($end);
echo $diff->days, ' days; ', $diff->format('%y y %m m %d d %h h %i i %s s %R %a'), "\n";
echo $end->diff($start)->format('%R%a days, %H:%I:%S'), "\n";
printf("%d months, invert=%d\n", $diff->m, $end->diff($start)->invert);

$i = new DateInterval('P1Y2M3DT4H5M6S');
echo $i->format('%Y-%M-%D %H:%I:%S | %y %m %d %h %i %s | %%'), "\n";
var_dump($i->y, $i->d, $i->h);

$report = [];
$cur = new DateTime('2024-01-01');
for ($k = 0; $k < 6; $k++) {
    $report[] = sprintf("%s: %2d days, starts on %s", $cur->format('M Y'), (int)$cur->format('t'), $cur->format('l'));
    $cur->modify('+1 month');
}
echo implode("\n", $report), "\n";

$dates = ['2024-03-10', '2023-11-05', '2024-01-15', '2023-12-31'];
usort($dates, fn($a, $b) => strtotime($a) <=> strtotime($b));
echo implode(', ', $dates), "\n";
echo date('Y-m-d', strtotime('2024-02-28 +2 days')), ' ', date('Y-m-d', strtotime('next friday', $ts)), ' ', date('Y-m-d H:i', strtotime('tomorrow noon', $ts)), "\n";
var_dump(strtotime('not a date'));
$dt = DateTime::createFromFormat('d/m/Y H:i', '25/12/2024 18:30');
echo $dt->format('Y-m-d\TH:i:sP'), "\n";
var_dump(DateTime::createFromFormat('Y-m-d', 'garbage'));
$utc = new DateTime('2024-06-01 12:00', new DateTimeZone('UTC'));
$ny = clone $utc;
$ny->setTimezone(new DateTimeZone('America/New_York'));
echo $utc->format('H:i T'), ' = ', $ny->format('H:i T P'), "\n";
echo $ny->getTimestamp() === $utc->getTimestamp() ? "same instant\n" : "different\n";
var_dump($utc < $ny, $utc == $ny);
$w = new DateTime('2024-12-30');
echo $w->format('o-\WW-N'), "\n";
echo (new DateTime('@86400'))->format('Y-m-d H:i:s e'), "\n";
$x = new DateTime('2024-03-31 02:30:00');
echo $x->format('c'), "\n";
echo json_encode(new DateTime('2020-05-05 05:05:05.123456')), "\n";
var_dump(new DateTimeImmutable('2021-07-04 01:02:03'));
echo idate('Y', $ts), ' ', idate('z', $ts), "\n";
print_r(getdate($ts));
echo "1";
echo "\n";
--EXPECT--
1710509400
2024-03-15 14:30:00
Fri, 15 Mar 2024 | Friday 15th of March 2024 02:30:00 PM
5 5 74 31 1 11 2024 24 3 14 2 1710509400 Europe/Paris CET +01:00 +0100 2024-03-15T14:30:00+01:00 Fri, 15 Mar 2024 14:30:00 +0100
2024-03-15T14:30:00+01:00
Fri, 15 Mar 2024 14:30:00 +0100
Friday, 15-Mar-2024 14:30:00 CET
2024-03-15 13:30
bool(false)
bool(true)
2024-01-01 2024-02-29
2024-03-02
2025-03-01 2024-01-27
2024-03-31 Sunday
2025-01-06
67 days; 0 y 2 m 5 d 9 h 30 i 30 s + 67
-67 days, 09:30:30
2 months, invert=1
01-02-03 04:05:06 | 1 2 3 4 5 6 | %
int(1)
int(3)
int(4)
Jan 2024: 31 days, starts on Monday
Feb 2024: 29 days, starts on Thursday
Mar 2024: 31 days, starts on Friday
Apr 2024: 30 days, starts on Monday
May 2024: 31 days, starts on Wednesday
Jun 2024: 30 days, starts on Saturday
2023-11-05, 2023-12-31, 2024-01-15, 2024-03-10
2024-03-01 2024-03-22 2024-03-16 12:00
bool(false)
2024-12-25T18:30:00+01:00
bool(false)
12:00 UTC = 08:00 EDT -04:00
same instant
bool(false)
bool(true)
2025-W01-1
1970-01-02 00:00:00 +00:00
2024-03-31T03:30:00+02:00
{"date":"2020-05-05 05:05:05.123456","timezone_type":3,"timezone":"Europe\/Paris"}
object(DateTimeImmutable)#13 (3) {
  ["date"]=>
  string(26) "2021-07-04 01:02:03.000000"
  ["timezone_type"]=>
  int(3)
  ["timezone"]=>
  string(12) "Europe/Paris"
}
2024 74
Array
(
    [seconds] => 0
    [minutes] => 30
    [hours] => 14
    [mday] => 15
    [wday] => 5
    [mon] => 3
    [year] => 2024
    [yday] => 74
    [weekday] => Friday
    [month] => March
    [0] => 1710509400
)
1
