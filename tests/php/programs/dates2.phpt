--TEST--
program: date arithmetic (monthly schedules, modify phrases, periods, ages with diff, intervals, zones around the world, createFromFormat, sorting DateTimes)
--FILE--
<?php
date_default_timezone_set('America/New_York');
$start = new DateTimeImmutable('2024-01-29 09:00');
$schedule = [];
for ($d = $start, $i = 0; $i < 6; $i++, $d = $d->modify('+1 month')) $schedule[] = $d->format('D Y-m-d');
echo implode(' | ', $schedule), "\n";
$d = new DateTime('2024-01-31');
foreach (['+1 month', 'last day of next month', 'first day of this month', 'next weekday', '+2 weekdays', 'monday this week', 'sunday last week', '+1 week 2 days', 'tomorrow', 'midnight', 'noon', 'yesterday 14:30', '-18 months', 'saturday'] as $m) {
    echo str_pad($m, 24), (clone $d)->modify($m)->format('Y-m-d H:i D'), "\n";
}
$p = new DatePeriodLike(new DateTimeImmutable('2024-02-26'), new DateInterval('P1D'), 5);
class DatePeriodLike implements IteratorAggregate { public function __construct(private DateTimeImmutable $s, private DateInterval $i, private int $n) {} public function getIterator(): Generator { for ($k = 0, $c = $this->s; $k <= $this->n; $k++, $c = $c->add($this->i)) yield $k => $c; } }
foreach ($p as $k => $day) echo $day->format('m/d'), $k < 5 ? ',' : "\n";
$ages = ['1990-05-15', '2000-02-29', '2010-12-31'];
$today = new DateTimeImmutable('2024-03-01');
foreach ($ages as $dob) { $i = (new DateTimeImmutable($dob))->diff($today); printf("%s: %d years, %d months, %d days (%d total)\n", $dob, $i->y, $i->m, $i->d, $i->days); }
$i = new DateInterval('PT90M'); echo $i->format('%h h %i m'), ' ', (new DateTime('2024-01-01 23:00'))->add($i)->format('Y-m-d H:i'), "\n";
$iv = (new DateTime('2024-01-01'))->diff(new DateTime('2023-12-25 12:00')); echo $iv->format('%R %d days %h hours, total %a'), ' ', $iv->invert, "\n";
echo date('L', mktime(0, 0, 0, 1, 1, 2100)), date('L', mktime(0, 0, 0, 1, 1, 2000)), ' ', date('t', mktime(0, 0, 0, 2, 1, 2023)), ' ', cal_days(2024, 2), "\n";
function cal_days(int $y, int $m): int { return (int)date('t', mktime(0, 0, 0, $m, 1, $y)); }
$utc = new DateTimeZone('UTC'); $tokyo = new DateTimeZone('Asia/Tokyo');
$meeting = new DateTimeImmutable('2024-07-04 15:00', $tokyo);
foreach (['UTC', 'Europe/London', 'America/Los_Angeles', 'Australia/Sydney', 'Asia/Kolkata'] as $tz) echo str_pad($tz, 20), $meeting->setTimezone(new DateTimeZone($tz))->format('Y-m-d H:i T (P)'), "\n";
echo $tokyo->getName(), ' ', $tokyo->getOffset(new DateTime('2024-01-01', $utc)), ' ', (new DateTimeZone('+05:30'))->getName(), "\n";
$dt = DateTime::createFromFormat('!d/m/Y', '15/08/2024'); echo $dt->format(DATE_RFC3339), ' ', $dt->getTimestamp(), "\n";
$dt2 = DateTimeImmutable::createFromFormat('Y-m-d H:i:s', '2024-02-30 25:61:00'); echo $dt2 ? $dt2->format('Y-m-d H:i:s') : 'false', "\n";
var_dump(checkdate(2, 30, 2024), strtotime('2024-02-30') !== false);
echo date('jS F Y', strtotime('last friday of november 2024')), ' ', date('Y-m-d', strtotime('first monday of september 2024')), "\n";
$sorted = ['2024-03-01 10:00', '2023-12-31 23:59', '2024-03-01 09:59'];
usort($sorted, fn($x, $y) => new DateTime($x) <=> new DateTime($y)); echo implode(' < ', $sorted), "\n";
echo (new DateTime('2024-01-01'))->format('U u v e I O Z N jS z t L o W'), "\n";
--EXPECTF--
Mon 2024-01-29 | Thu 2024-02-29 | Fri 2024-03-29 | Mon 2024-04-29 | Wed 2024-05-29 | Sat 2024-06-29
+1 month                2024-03-02 00:00 Sat
last day of next month  2024-02-29 00:00 Thu
first day of this month 2024-01-01 00:00 Mon
next weekday            2024-02-01 00:00 Thu
+2 weekdays             2024-02-02 00:00 Fri
monday this week        2024-01-29 00:00 Mon
sunday last week        2024-01-28 00:00 Sun
+1 week 2 days          2024-02-09 00:00 Fri
tomorrow                2024-02-01 00:00 Thu
midnight                2024-01-31 00:00 Wed
noon                    2024-01-31 12:00 Wed
yesterday 14:30         2024-01-30 14:30 Tue
-18 months              2022-07-31 00:00 Sun
saturday                2024-02-03 00:00 Sat

Fatal error: Uncaught Error: Class "DatePeriodLike" not found in %s/tests/php/programs/dates2.php:11
Stack trace:
#0 {main}
  thrown in %s/tests/php/programs/dates2.php on line 11
