--TEST--
date: the procedural API (date_create, date_format, date_diff, timezone_open ...)
--FILE--
<?php
$d = date_create('2024-01-15 10:30:00');
echo date_format($d, 'Y-m-d H:i'), "\n";
date_modify($d, '+1 day');
echo date_format($d, DATE_ATOM), ' ', date_timestamp_get($d), "\n";
var_dump(date_create('garbage'));
$i = date_create_immutable('2024-02-29');
echo get_class($i), ' ', date_format($i, 'l'), "\n";
echo date_diff(date_create('2024-01-01'), date_create('2024-12-25'))->days, "\n";
echo date_interval_format(date_diff(date_create('2024-01-01'), date_create('2023-12-25')), '%R%a'), "\n";
var_dump(timezone_open('Mars/X'));
echo timezone_name_get(timezone_open('Europe/Paris')), ' ', timezone_offset_get(timezone_open('Europe/Paris'), $d), "\n";
$f = date_create_from_format('Y-m-d', '2024-05-05');
echo date_format($f, 'Y-m-d'), "\n";
date_date_set($d, 2000, 1, 1); date_time_set($d, 1, 2, 3);
echo date_format($d, 'c'), "\n";
date_timezone_set($d, timezone_open('Asia/Tokyo'));
echo date_format($d, 'c'), ' ', date_offset_get($d), "\n";
date_add($d, new DateInterval('P1D')); date_sub($d, new DateInterval('PT1H'));
echo date_format($d, 'c'), "\n";
--EXPECTF--
2024-01-15 10:30
2024-01-16T10:30:00+00:00 1705401000
bool(false)
DateTimeImmutable Thursday
359
-7

Warning: timezone_open(): Unknown or bad timezone (Mars/X) in %s/tests/php/date/procedural.php on line 11
bool(false)
Europe/Paris 3600
2024-05-05
2000-01-01T01:02:03+00:00
2000-01-01T10:02:03+09:00 32400
2000-01-02T09:02:03+09:00
