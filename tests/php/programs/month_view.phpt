--TEST--
program: calendar month views and holidays (cal_days_in_month, ISO week numbers, easter_days/easter_date, 'fourth thursday of november', setISODate, DatePeriod working days, julian day numbers, age by diff)
--FILE--
<?php
declare(strict_types=1);
date_default_timezone_set('UTC');

function month_grid(int $year, int $month, array $events = []): string
{
    $days = cal_days_in_month(CAL_GREGORIAN, $month, $year);
    $first = new DateTimeImmutable(sprintf('%04d-%02d-01', $year, $month));
    $lead = (int) $first->format('N') - 1;
    $out = str_pad($first->format('F Y'), 27, ' ', STR_PAD_BOTH) . "\n";
    $out .= " Wk Mo Tu We Th Fr Sa Su\n";
    $cells = array_merge(array_fill(0, $lead, null), range(1, $days));
    foreach (array_chunk($cells, 7) as $week) {
        $firstDay = current(array_filter($week));
        $wk = (new DateTimeImmutable(sprintf('%04d-%02d-%02d', $year, $month, $firstDay)))->format('W');
        $out .= sprintf('%3s', $wk);
        foreach ($week as $d) {
            $mark = $d !== null && isset($events[sprintf('%04d-%02d-%02d', $year, $month, $d)]) ? '*' : ' ';
            $out .= $d === null ? '   ' : sprintf(' %2d', $d) . ($mark === '*' ? '' : '');
            $out = $mark === '*' ? substr($out, 0, -3) . sprintf('*%2d', $d) : $out;
        }
        $out .= "\n";
    }
    return rtrim($out) . "\n";
}

$events = [
    '2024-02-14' => 'Valentine',
    '2024-02-29' => 'Leap day',
    '2024-03-31' => 'Easter',
];
echo month_grid(2024, 2, $events);
echo month_grid(2024, 3, $events);
echo month_grid(2021, 1);

echo "== holidays ==\n";
foreach ([2023, 2024, 2025] as $y) {
    $easter = (new DateTimeImmutable("$y-03-21"))->modify('+' . easter_days($y) . ' days');
    $list = [
        'Easter' => $easter,
        'Ascension' => $easter->modify('+39 days'),
        'Pentecost' => $easter->modify('+49 days'),
        'Thanksgiving (US)' => new DateTimeImmutable("fourth thursday of november $y"),
        'Labor Day (US)' => new DateTimeImmutable("first monday of september $y"),
        'Memorial Day (US)' => new DateTimeImmutable("last monday of may $y"),
    ];
    uasort($list, fn($a, $b) => $a <=> $b);
    echo $y, ': ', implode(', ', array_map(fn($k, $d) => $k . ' ' . $d->format('M j (D)'), array_keys($list), $list)), "\n";
    echo '  easter_date matches: ', var_export(date('Y-m-d', easter_date($y)) === $easter->format('Y-m-d'), true), "\n";
}

echo "== ISO weeks ==\n";
$d = new DateTime('2024-06-15');
foreach ([[2024, 1], [2024, 52], [2020, 53], [2026, 1]] as [$y, $w]) {
    $d->setISODate($y, $w);
    $end = (clone $d)->modify('+6 days');
    printf("%d-W%02d: %s .. %s\n", $y, $w, $d->format('D Y-m-d'), $end->format('D Y-m-d'));
}
echo "== working days in Q1 2024 ==\n";
$holidays = ['2024-01-01', '2024-04-01'];
$period = new DatePeriod(new DateTime('2024-01-01'), new DateInterval('P1D'), new DateTime('2024-04-01'));
$perMonth = [];
foreach ($period as $day) {
    if ($day->format('N') >= 6 || in_array($day->format('Y-m-d'), $holidays, true)) {
        continue;
    }
    $perMonth[$day->format('M')] = ($perMonth[$day->format('M')] ?? 0) + 1;
}
print_r($perMonth);
echo 'julian day of 2024-01-01: ', gregoriantojd(1, 1, 2024), ', weekday ', jddayofweek(gregoriantojd(1, 1, 2024), 1), ', back: ', jdtogregorian(gregoriantojd(12, 31, 2024) + 1), "\n";
$age = (new DateTime('1990-07-15'))->diff(new DateTime('2024-03-01'));
echo "age: {$age->y} years, {$age->m} months, {$age->d} days ({$age->days} days)\n";
--EXPECT--
February 2024       
 Wk Mo Tu We Th Fr Sa Su
 05           1  2  3  4
 06  5  6  7  8  9 10 11
 07 12 13*14 15 16 17 18
 08 19 20 21 22 23 24 25
 09 26 27 28*29
        March 2024         
 Wk Mo Tu We Th Fr Sa Su
 09              1  2  3
 10  4  5  6  7  8  9 10
 11 11 12 13 14 15 16 17
 12 18 19 20 21 22 23 24
 13 25 26 27 28 29 30*31
       January 2021        
 Wk Mo Tu We Th Fr Sa Su
 53              1  2  3
 01  4  5  6  7  8  9 10
 02 11 12 13 14 15 16 17
 03 18 19 20 21 22 23 24
 04 25 26 27 28 29 30 31
== holidays ==
2023: Easter Apr 9 (Sun), Ascension May 18 (Thu), Pentecost May 28 (Sun), Memorial Day (US) May 29 (Mon), Labor Day (US) Sep 4 (Mon), Thanksgiving (US) Nov 23 (Thu)
  easter_date matches: true
2024: Easter Mar 31 (Sun), Ascension May 9 (Thu), Pentecost May 19 (Sun), Memorial Day (US) May 27 (Mon), Labor Day (US) Sep 2 (Mon), Thanksgiving (US) Nov 28 (Thu)
  easter_date matches: true
2025: Easter Apr 20 (Sun), Memorial Day (US) May 26 (Mon), Ascension May 29 (Thu), Pentecost Jun 8 (Sun), Labor Day (US) Sep 1 (Mon), Thanksgiving (US) Nov 27 (Thu)
  easter_date matches: true
== ISO weeks ==
2024-W01: Mon 2024-01-01 .. Sun 2024-01-07
2024-W52: Mon 2024-12-23 .. Sun 2024-12-29
2020-W53: Mon 2020-12-28 .. Sun 2021-01-03
2026-W01: Mon 2025-12-29 .. Sun 2026-01-04
== working days in Q1 2024 ==
Array
(
    [Jan] => 22
    [Feb] => 21
    [Mar] => 21
)
julian day of 2024-01-01: 2460311, weekday Monday, back: 1/1/2025
age: 33 years, 7 months, 15 days (12283 days)
