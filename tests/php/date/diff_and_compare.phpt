--TEST--
DateTime::diff borrows days from the month before the later date (forwards), the earlier date's month when inverted; dates compare by instant across zones; %Y has two digits
--FILE--
<?php
$pairs = [
    ['2023-12-25 08:15:00', '2024-03-01 17:45:30'], ['2024-01-31', '2024-03-01'],
    ['2024-01-30', '2024-03-01'], ['2023-01-31', '2023-03-01'], ['2024-03-31', '2024-05-01'],
    ['2023-11-30 23:00', '2024-01-01 01:00'],
];
foreach ($pairs as [$a, $b]) {
    $x = new DateTime($a, new DateTimeZone('UTC'));
    $y = new DateTime($b, new DateTimeZone('UTC'));
    echo $x->diff($y)->format('%R %y %m %d %h:%i:%s %a'), ' | ', $y->diff($x)->format('%R %y %m %d %h:%i:%s %a'), "\n";
}
$utc = new DateTime('2024-06-01 12:00', new DateTimeZone('UTC'));
$ny = (clone $utc)->setTimezone(new DateTimeZone('America/New_York'));
var_dump($utc == $ny, $utc < $ny, $utc <=> $ny);
$later = new DateTimeImmutable('2024-06-01 09:00', new DateTimeZone('America/New_York'));
var_dump($utc < $later, $later > $utc, $utc == new DateTimeImmutable('2024-06-01 12:00:00', new DateTimeZone('UTC')));
$i = new DateInterval('P1Y2M3DT4H5M6S');
echo $i->format('%Y-%M-%D %H:%I:%S'), ' ', (new DateInterval('P1234Y'))->format('%Y'), "\n";
--EXPECT--
+ 0 2 5 9:30:30 67 | - 0 2 7 9:30:30 67
+ 0 0 30 0:0:0 30 | - 0 1 1 0:0:0 30
+ 0 1 0 0:0:0 31 | - 0 1 2 0:0:0 31
+ 0 0 29 0:0:0 29 | - 0 1 1 0:0:0 29
+ 0 1 0 0:0:0 31 | - 0 1 1 0:0:0 31
+ 0 1 1 2:0:0 31 | - 0 1 0 2:0:0 31
bool(true)
bool(false)
int(0)
bool(true)
bool(true)
bool(true)
01-02-03 04:05:06 1234
