--TEST--
DatePeriod (end date, recurrences, EXCLUDE_START_DATE, INCLUDE_END_DATE, ISO string, getters, readonly), DateInterval::createFromDateString, 'T' of numeric abbreviations and offset zones, repeated wall times
--FILE--
<?php
date_default_timezone_set('UTC');
$p = new DatePeriod(new DateTimeImmutable('2024-01-31'), new DateInterval('P1M'), 3, DatePeriod::EXCLUDE_START_DATE);
foreach ($p as $k => $d) echo $k, ' ', get_class($d), ' ', $d->format('Y-m-d'), "\n";
$p = new DatePeriod(new DateTime('2024-01-01'), new DateInterval('P1W'), new DateTime('2024-01-29'), DatePeriod::INCLUDE_END_DATE);
foreach ($p as $k => $d) echo $k, ' ', $d->format('Y-m-d'), "\n";
echo $p->getRecurrences() ?? 'null', ' ', $p->recurrences, ' ', var_export($p->include_start_date, true), ' ', $p->current->format('Y-m-d'), "\n";
echo count(iterator_to_array(new DatePeriod(new DateTime('2024-01-01'), new DateInterval('P1D'), new DateTime('2024-01-05')))), "\n";
$p2 = new DatePeriod(new DateTime('2024-01-01'), new DateInterval('P1D'), 2);
var_dump($p2->getEndDate(), $p2->getRecurrences(), $p2->recurrences, $p2->getStartDate() == $p2->start, $p2->getDateInterval()->d);
try { new DatePeriod(new DateTime, new DateInterval('P1D'), 0); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { new DatePeriod(new DateTime, 5); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $p2->recurrences = 5; } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
foreach (new DatePeriod('R2/2012-07-01T00:00:00Z/P7D') as $d) echo $d->format('Y-m-d '), "";
echo "\n";
class MyDate extends DateTime {}
foreach (new DatePeriod(new MyDate('2024-01-01'), new DateInterval('PT12H'), 1) as $d) echo get_class($d), $d->format(' H'), "\n";
$i = DateInterval::createFromDateString('1 month + 2 days');
$d = new DateTime('2024-01-31');
echo $d->add($i)->format('Y-m-d'), ' ', $d->sub($i)->format('Y-m-d'), ' ', $i->d, $i->m, "\n";
foreach (new DatePeriod(new DateTime('2024-01-29'), DateInterval::createFromDateString('next monday'), 2) as $d) echo $d->format('D Y-m-d '), "";
echo "\n";
foreach (['America/Sao_Paulo', 'Australia/Lord_Howe', '+05:45', '-03:30', 'UTC'] as $z) {
    echo $z, ' ', (new DateTime('2024-06-01 12:00', new DateTimeZone($z)))->format('T e'), "\n";
}
foreach (['America/New_York' => '2024-11-03', 'Australia/Lord_Howe' => '2024-04-07'] as $z => $day) {
    date_default_timezone_set($z);
    foreach (['00:30', '01:30', '02:30'] as $t) echo "$z $day $t => ", (new DateTime("$day $t"))->format('H:i T U'), "\n";
}
--EXPECT--
0 DateTimeImmutable 2024-03-02
1 DateTimeImmutable 2024-04-02
2 DateTimeImmutable 2024-05-02
0 2024-01-01
1 2024-01-08
2 2024-01-15
3 2024-01-22
4 2024-01-29
null 2 true 2024-02-05
4
NULL
int(2)
int(3)
bool(true)
int(1)
Exception: DatePeriod::__construct(): Recurrence count must be greater than 0
TypeError: DatePeriod::__construct() accepts (DateTimeInterface, DateInterval, int [, int]), or (DateTimeInterface, DateInterval, DateTime [, int]), or (string [, int]) as arguments
Error: Cannot modify readonly property DatePeriod::$recurrences
2012-07-01 2012-07-08 2012-07-15 
DateTime 00
DateTime 12
2024-03-04 2024-02-02 21
Mon 2024-01-29 Mon 2024-02-05 Mon 2024-02-12 
America/Sao_Paulo -03 America/Sao_Paulo
Australia/Lord_Howe +1030 Australia/Lord_Howe
+05:45 GMT+0545 +05:45
-03:30 GMT-0330 -03:30
UTC UTC UTC
America/New_York 2024-11-03 00:30 => 00:30 EDT 1730608200
America/New_York 2024-11-03 01:30 => 01:30 EDT 1730611800
America/New_York 2024-11-03 02:30 => 02:30 EST 1730619000
Australia/Lord_Howe 2024-04-07 00:30 => 00:30 +11 1712410200
Australia/Lord_Howe 2024-04-07 01:30 => 01:30 +1030 1712415600
Australia/Lord_Howe 2024-04-07 02:30 => 02:30 +1030 1712419200
