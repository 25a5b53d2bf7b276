--TEST--
strtotime/modify: "first monday of", "last friday of next month", "third sat of march 2024" (time reset, relative days after)
--FILE--
<?php
date_default_timezone_set('UTC');
$base = mktime(14, 30, 0, 3, 15, 2024);
foreach ([
    'first monday of january 2025', 'last friday of next month', 'second tuesday of this month',
    'third sat of march 2024', 'first mon of next month +1 day', 'next monday of jan 2024',
    'fifth friday of march 2024', 'last sunday of december 2023', 'first day of next month',
] as $s) {
    echo $s, ' => ', date('Y-m-d H:i:s D', strtotime($s, $base)), "\n";
}
$d = new DateTimeImmutable('2024-02-29 10:00');
echo $d->modify('first monday of january 2025')->format('Y-m-d H:i'), "\n";
echo $d->modify('last wednesday of this month')->format('Y-m-d H:i'), "\n";
--EXPECT--
first monday of january 2025 => 2025-01-06 00:00:00 Mon
last friday of next month => 2024-04-26 00:00:00 Fri
second tuesday of this month => 2024-03-12 00:00:00 Tue
third sat of march 2024 => 2024-03-16 00:00:00 Sat
first mon of next month +1 day => 2024-04-02 00:00:00 Tue
next monday of jan 2024 => 2024-01-01 00:00:00 Mon
fifth friday of march 2024 => 2024-03-29 00:00:00 Fri
last sunday of december 2023 => 2023-12-31 00:00:00 Sun
first day of next month => 2024-04-01 14:30:00 Mon
2025-01-06 00:00
2024-02-28 00:00
