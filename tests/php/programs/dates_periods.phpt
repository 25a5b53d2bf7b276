--TEST--
program: dates (modify keywords, DatePeriod with EXCLUDE_START_DATE, DateInterval formats and arithmetic, timezones incl. DST gap and fold, createFromFormat, sorting dates)
--FILE--
<?php
declare(strict_types=1);
date_default_timezone_set('Europe/Paris');

$start = new DateTimeImmutable('2024-01-29 09:30:00');
echo $start->format('D, d M Y H:i:s T P U N jS z t L W'), "\n";
foreach (['+1 month', 'last day of next month', 'first monday of next month', '+1 weekday', 'next friday', 'tomorrow noon', '-3 days 14:00', 'saturday this week', '+2 weeks 3 days', 'midnight'] as $mod) {
    echo str_pad($mod, 28), $start->modify($mod)->format('Y-m-d H:i l'), "\n";
}

echo "== periods ==\n";
$period = new DatePeriod(new DateTime('2024-02-26'), new DateInterval('P1D'), new DateTime('2024-03-03'));
foreach ($period as $i => $day) {
    echo $i, ':', $day->format('D d/m'), ' ';
}
echo "\n";
$p2 = new DatePeriod(new DateTimeImmutable('2024-01-31'), DateInterval::createFromDateString('1 month'), 4, DatePeriod::EXCLUDE_START_DATE);
foreach ($p2 as $d) {
    echo $d->format('Y-m-d'), ' ';
}
echo "\n", get_class($p2->getStartDate()), ' ', $p2->getDateInterval()->format('%m month(s)'), ' ', var_export($p2->getEndDate(), true), "\n";

echo "== intervals ==\n";
$a = new DateTimeImmutable('2023-03-15 08:00:00');
$b = new DateTimeImmutable('2024-02-29 17:45:30');
$diff = $a->diff($b);
echo $diff->format('%y y %m m %d d %h h %i i %s s, total %a days, %R'), ' invert=', $diff->invert, "\n";
echo $b->diff($a)->format('%R%a days %H:%I:%S'), "\n";
$iv = new DateInterval('P1Y2M10DT2H30M');
echo $iv->format('%Y-%M-%D %H:%I:%S %%'), ' y=', $iv->y, ' d=', $iv->d, ' days=', var_export($iv->days, true), "\n";
echo $a->add($iv)->format(DATE_ATOM), ' ', $a->sub($iv)->format(DATE_RFC2822), "\n";
$neg = new DateInterval('PT36H');
$neg->invert = 1;
echo $a->add($neg)->format('Y-m-d H:i'), "\n";
foreach (['P1W', 'P2DT3H', 'PT90M', 'P0D'] as $spec) {
    $x = new DateInterval($spec);
    echo $spec, ' => ', $x->format('%d d %h h %i m'), ' ';
}
echo "\n";
try {
    new DateInterval('1 day');
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

echo "== timezones ==\n";
$utc = new DateTimeImmutable('2024-03-31 00:30:00', new DateTimeZone('UTC'));
foreach (['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC', '+05:45'] as $tz) {
    $local = $utc->setTimezone(new DateTimeZone($tz));
    printf("%-20s %s offset=%d %s\n", $tz, $local->format('Y-m-d H:i T'), $local->getOffset(), $local->format('I e'));
}
$dst = new DateTime('2024-03-31 01:59:59', new DateTimeZone('Europe/Paris'));
$dst->modify('+1 second');
echo 'dst jump: ', $dst->format('H:i:s T'), "\n";
$dst->setTime(2, 30);
echo 'nonexistent 02:30 => ', $dst->format('H:i T'), "\n";
$ny = new DateTime('2024-11-03 01:30:00', new DateTimeZone('America/New_York'));
echo 'ambiguous: ', $ny->format('H:i T U'), "\n";
$tz = new DateTimeZone('Europe/London');
echo $tz->getName(), ' ', $tz->getOffset(new DateTime('2024-07-01')), "\n";

echo "== parsing ==\n";
foreach (['2024-02-30', '31/12/2024', '@86400', 'next month', '1 January 2025 3pm', 'garbage'] as $s) {
    $ts = strtotime($s, 1700000000);
    echo str_pad($s, 20), $ts === false ? 'false' : date('Y-m-d H:i:s', $ts), "\n";
}
$f = DateTime::createFromFormat('d/m/Y H:i', '15/08/2024 14:05');
echo $f->format('l jS \o\f F Y h:i A'), "\n";
var_dump(DateTime::createFromFormat('Y-m-d H:i', '2024-13-45'));
$g = DateTimeImmutable::createFromFormat('!Y-m-d', '2024-02-29');
echo $g->format('c'), ' ', $g->getTimestamp(), "\n";
var_dump(checkdate(2, 29, 2023), checkdate(2, 29, 2024));
echo date('N jS F Y', mktime(0, 0, 0, 2, 31, 2024)), ' ', gmdate('H:i', 3600 * 25 + 60), ' ', idate('Y', 0), "\n";
$dates = [new DateTime('2024-05-01'), new DateTime('2023-12-25'), new DateTime('2024-01-01')];
usort($dates, fn($x, $y) => $x <=> $y);
echo implode(' < ', array_map(fn($d) => $d->format('Y-m-d'), $dates)), "\n";
var_dump(new DateTime('2024-01-01') == new DateTimeImmutable('2024-01-01'), max($dates)->format('Y'));
$im = new DateTimeImmutable('2024-06-15 12:00');
$mut = DateTime::createFromImmutable($im);
$mut->setDate(2025, 1, 1)->setTime(0, 0);
echo $im->format('Y-m-d H:i'), ' ', $mut->format('Y-m-d H:i'), ' ', DateTimeImmutable::createFromMutable($mut)->format('Y'), "\n";
var_dump($im);
--EXPECT--
Mon, 29 Jan 2024 09:30:00 CET +01:00 1706517000 1 29th 28 31 1 05
+1 month                    2024-02-29 09:30 Thursday
last day of next month      2024-02-29 09:30 Thursday
first monday of next month  2024-02-05 00:00 Monday
+1 weekday                  2024-01-30 09:30 Tuesday
next friday                 2024-02-02 00:00 Friday
tomorrow noon               2024-01-30 12:00 Tuesday
-3 days 14:00               2024-01-26 14:00 Friday
saturday this week          2024-02-03 00:00 Saturday
+2 weeks 3 days             2024-02-15 09:30 Thursday
midnight                    2024-01-29 00:00 Monday
== periods ==
0:Mon 26/02 1:Tue 27/02 2:Wed 28/02 3:Thu 29/02 4:Fri 01/03 5:Sat 02/03 
2024-03-02 2024-04-02 2024-05-02 2024-06-02 
DateTimeImmutable 1 month(s) NULL
== intervals ==
0 y 11 m 14 d 9 h 45 i 30 s, total 351 days, + invert=0
-351 days 09:45:30
01-02-10 02:30:00 % y=1 d=10 days=false
2024-05-25T10:30:00+02:00 Wed, 05 Jan 2022 05:30:00 +0100
2023-03-13 20:00
P1W => 7 d 0 h 0 m P2DT3H => 2 d 3 h 0 m PT90M => 0 d 0 h 90 m P0D => 0 d 0 h 0 m 
Exception: Unknown or bad format (1 day)
== timezones ==
Europe/Paris         2024-03-31 01:30 CET offset=3600 0 Europe/Paris
America/New_York     2024-03-30 20:30 EDT offset=-14400 1 America/New_York
Asia/Kolkata         2024-03-31 06:00 IST offset=19800 0 Asia/Kolkata
Australia/Lord_Howe  2024-03-31 11:30 +11 offset=39600 1 Australia/Lord_Howe
UTC                  2024-03-31 00:30 UTC offset=0 0 UTC
+05:45               2024-03-31 06:15 GMT+0545 offset=20700 0 +05:45
dst jump: 03:00:00 CEST
nonexistent 02:30 => 03:30 CEST
ambiguous: 01:30 EDT 1730611800
Europe/London 3600
== parsing ==
2024-02-30          2024-03-01 00:00:00
31/12/2024          false
@86400              1970-01-02 01:00:00
next month          2023-12-14 23:13:20
1 January 2025 3pm  2025-01-01 15:00:00
garbage             false
Thursday 15th of August 2024 02:05 PM
bool(false)
2024-02-29T00:00:00+01:00 1709161200
bool(false)
bool(true)
6 2nd March 2024 01:01 1970
2023-12-25 < 2024-01-01 < 2024-05-01
bool(true)
string(4) "2024"
2024-06-15 12:00 2025-01-01 00:00 2025
object(DateTimeImmutable)#31 (3) {
  ["date"]=>
  string(26) "2024-06-15 12:00:00.000000"
  ["timezone_type"]=>
  int(3)
  ["timezone"]=>
  string(12) "Europe/Paris"
}
