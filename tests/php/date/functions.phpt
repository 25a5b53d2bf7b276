--TEST--
date: functions
--FILE--
<?php
echo date('D, d M Y', 86400 * 365), "\n";
var_dump(mktime(0, 0, 0, 2, 29, 2024), mktime(0,0,0,13,1,2023), mktime(0,0,0,1,0,2024), mktime(-1, 0, 0, 1, 1, 2024), gmmktime(12, 30, 0, 6, 15, 99));
var_dump(checkdate(2, 29, 2024), checkdate(2, 29, 2023), checkdate(13, 1, 2020), checkdate(1, 1, 0));
foreach ([0, 86400*365, 1700000000, -1, 951782400, 1709164800, 1735516800] as $t) {
  echo date('d D j l N S w z W F m M n t L o X x Y y a A B g G h H i s u v e I O P p T Z c r U \\\\ \\Y', $t), "\n";
}
var_dump(date_default_timezone_get());
var_dump(date_default_timezone_set('America/New_York'));
echo date('c T I', 1700000000), " ", date('c T I', 1690000000), "\n";
var_dump(mktime(12, 0, 0, 7, 4, 2024));
var_dump(idate('Y', 1700000000), idate('y', 1700000000), idate('z', 1700000000));
print_r(getdate(1700000000));
print_r(localtime(1700000000, true));
print_r(localtime(1700000000));
var_dump(date_default_timezone_set('Nope/Zone'));
var_dump(date_default_timezone_get());
var_dump(idate("YY"));
var_dump(idate("Q"));
--EXPECTF--
Fri, 01 Jan 1971
int(1709164800)
int(1704067200)
int(1703980800)
int(1704063600)
int(929449800)
bool(true)
bool(false)
bool(false)
bool(false)
01 Thu 1 Thursday 4 st 4 0 01 January 01 Jan 1 31 0 1970 +1970 1970 1970 70 am AM 041 12 0 12 00 00 00 000000 000 UTC 0 +0000 +00:00 Z UTC 0 1970-01-01T00:00:00+00:00 Thu, 01 Jan 1970 00:00:00 +0000 0 \ Y
01 Fri 1 Friday 5 st 5 0 53 January 01 Jan 1 31 0 1970 +1971 1971 1971 71 am AM 041 12 0 12 00 00 00 000000 000 UTC 0 +0000 +00:00 Z UTC 0 1971-01-01T00:00:00+00:00 Fri, 01 Jan 1971 00:00:00 +0000 31536000 \ Y
14 Tue 14 Tuesday 2 th 2 317 46 November 11 Nov 11 30 0 2023 +2023 2023 2023 23 pm PM 967 10 22 10 22 13 20 000000 000 UTC 0 +0000 +00:00 Z UTC 0 2023-11-14T22:13:20+00:00 Tue, 14 Nov 2023 22:13:20 +0000 1700000000 \ Y
31 Wed 31 Wednesday 3 st 3 364 01 December 12 Dec 12 31 0 1970 +1969 1969 1969 69 pm PM 041 11 23 11 23 59 59 000000 000 UTC 0 +0000 +00:00 Z UTC 0 1969-12-31T23:59:59+00:00 Wed, 31 Dec 1969 23:59:59 +0000 -1 \ Y
29 Tue 29 Tuesday 2 th 2 59 09 February 02 Feb 2 29 1 2000 +2000 2000 2000 00 am AM 041 12 0 12 00 00 00 000000 000 UTC 0 +0000 +00:00 Z UTC 0 2000-02-29T00:00:00+00:00 Tue, 29 Feb 2000 00:00:00 +0000 951782400 \ Y
29 Thu 29 Thursday 4 th 4 59 09 February 02 Feb 2 29 1 2024 +2024 2024 2024 24 am AM 041 12 0 12 00 00 00 000000 000 UTC 0 +0000 +00:00 Z UTC 0 2024-02-29T00:00:00+00:00 Thu, 29 Feb 2024 00:00:00 +0000 1709164800 \ Y
30 Mon 30 Monday 1 th 1 364 01 December 12 Dec 12 31 1 2025 +2024 2024 2024 24 am AM 041 12 0 12 00 00 00 000000 000 UTC 0 +0000 +00:00 Z UTC 0 2024-12-30T00:00:00+00:00 Mon, 30 Dec 2024 00:00:00 +0000 1735516800 \ Y
string(3) "UTC"
bool(true)
2023-11-14T17:13:20-05:00 EST 0 2023-07-22T00:26:40-04:00 EDT 1
int(1720108800)
int(2023)
int(23)
int(317)
Array
(
    [seconds] => 20
    [minutes] => 13
    [hours] => 17
    [mday] => 14
    [wday] => 2
    [mon] => 11
    [year] => 2023
    [yday] => 317
    [weekday] => Tuesday
    [month] => November
    [0] => 1700000000
)
Array
(
    [tm_sec] => 20
    [tm_min] => 13
    [tm_hour] => 17
    [tm_mday] => 14
    [tm_mon] => 10
    [tm_year] => 123
    [tm_wday] => 2
    [tm_yday] => 317
    [tm_isdst] => 0
)
Array
(
    [0] => 20
    [1] => 13
    [2] => 17
    [3] => 14
    [4] => 10
    [5] => 123
    [6] => 2
    [7] => 317
    [8] => 0
)

Notice: date_default_timezone_set(): Timezone ID 'Nope/Zone' is invalid in %s/tests/php/date/functions.php on line 16
bool(false)
string(16) "America/New_York"

Warning: idate(): idate format is one char in %s/tests/php/date/functions.php on line 18
bool(false)

Warning: idate(): Unrecognized date format token in %s/tests/php/date/functions.php on line 19
bool(false)
