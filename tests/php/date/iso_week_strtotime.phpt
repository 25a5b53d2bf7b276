--TEST--
strtotime() reads ISO week dates (2024-W10-3, 2024W10): week 01-53, day 0-7, Monday by default
--FILE--
<?php
date_default_timezone_set('UTC');
foreach (['2024-W10-3', '2024W103', '2024-W01', '2024W01', '2020-W53-7', '2021-W01-1 10:00', '2024-W52-7 +1 day', '1999-W52', '2024-W1', '2024-W60-1', '2024-W10-8', '2024-W00-1'] as $s) {
    $t = strtotime($s); echo str_pad($s, 20), $t === false ? 'false' : gmdate('Y-m-d H:i D', $t), "\n";
}

--EXPECT--
2024-W10-3          2024-03-06 00:00 Wed
2024W103            2024-03-06 00:00 Wed
2024-W01            2024-01-01 00:00 Mon
2024W01             2024-01-01 00:00 Mon
2020-W53-7          2021-01-03 00:00 Sun
2021-W01-1 10:00    2021-01-04 10:00 Mon
2024-W52-7 +1 day   2024-12-30 00:00 Mon
1999-W52            1999-12-27 00:00 Mon
2024-W1             false
2024-W60-1          false
2024-W10-8          2024-03-04 08:00 Mon
2024-W00-1          false
