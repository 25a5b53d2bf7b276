--TEST--
strtotime/modify: "this week", "next week", "last week" alone go to that week's Monday (time kept); with a weekday, that day of the ISO week (Monday to Sunday), also from a Sunday
--FILE--
<?php
date_default_timezone_set('UTC');
foreach ([mktime(10, 0, 0, 1, 31, 2024), mktime(10, 0, 0, 2, 4, 2024)] as $b) {
    foreach (['this week', 'next week', 'last week', 'monday this week', 'sunday this week', 'monday next week',
              'friday last week', '+1 week', 'wednesday this week', 'sunday last week', 'saturday next week'] as $s) {
        echo date('D', $b), ' ', str_pad($s, 20), date('Y-m-d H:i D', strtotime($s, $b)), "\n";
    }
}
$d = new DateTime('2024-01-31 08:00');
echo $d->modify('monday this week')->format('Y-m-d H:i'), "\n";
--EXPECT--
Wed this week           2024-01-29 10:00 Mon
Wed next week           2024-02-05 10:00 Mon
Wed last week           2024-01-22 10:00 Mon
Wed monday this week    2024-01-29 00:00 Mon
Wed sunday this week    2024-02-04 00:00 Sun
Wed monday next week    2024-02-05 00:00 Mon
Wed friday last week    2024-01-26 00:00 Fri
Wed +1 week             2024-02-07 10:00 Wed
Wed wednesday this week 2024-01-31 00:00 Wed
Wed sunday last week    2024-01-28 00:00 Sun
Wed saturday next week  2024-02-10 00:00 Sat
Sun this week           2024-01-29 10:00 Mon
Sun next week           2024-02-05 10:00 Mon
Sun last week           2024-01-22 10:00 Mon
Sun monday this week    2024-01-29 00:00 Mon
Sun sunday this week    2024-02-04 00:00 Sun
Sun monday next week    2024-02-05 00:00 Mon
Sun friday last week    2024-01-26 00:00 Fri
Sun +1 week             2024-02-11 10:00 Sun
Sun wednesday this week 2024-01-31 00:00 Wed
Sun sunday last week    2024-01-28 00:00 Sun
Sun saturday next week  2024-02-10 00:00 Sat
2024-01-29 00:00
