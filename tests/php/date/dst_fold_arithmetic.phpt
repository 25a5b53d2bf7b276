--TEST--
Dates in the repeated hour keep their instant (setTimezone, add of hours as elapsed time, modify with the date's DST flag) across New York, Paris and Lord Howe clock changes
--FILE--
<?php
$d = new DateTime('@1730615400');
$d->setTimezone(new DateTimeZone('America/New_York'));
echo $d->format('H:i T U'), "\n";
$d->modify('+10 minutes');
echo $d->format('H:i T U'), "\n";
$i = new DateTimeImmutable('2024-11-03 00:59:00', new DateTimeZone('America/New_York'));
for ($k = 0; $k < 3; $k++) {
    $i = $i->add(new DateInterval('PT1H'));
    echo $i->format('H:i T U'), "\n";
}
echo $i->sub(new DateInterval('PT2H'))->format('H:i T U'), ' ', $i->add(new DateInterval('P1D'))->format('Y-m-d H:i T'), "\n";
foreach (['America/New_York' => '2024-11-03', 'Europe/Paris' => '2024-10-27', 'Australia/Lord_Howe' => '2024-04-07'] as $z => $day) {
    date_default_timezone_set($z);
    $d = new DateTime("$day 00:30");
    for ($n = 0; $n < 4; $n++) {
        $d->modify('+30 minutes');
        echo $d->format('H:i T'), ' ';
    }
    echo '| ', (new DateTime("$day 01:30"))->format('H:i T U'), "\n";
}
--EXPECT--
01:30 EST 1730615400
01:40 EST 1730616000
01:59 EDT 1730613540
01:59 EST 1730617140
02:59 EST 1730620740
01:59 EDT 1730613540 2024-11-04 02:59 EST
01:00 EDT 01:30 EDT 02:00 EST 02:30 EST | 01:30 EDT 1730611800
01:00 CEST 01:30 CEST 02:00 CEST 02:30 CEST | 01:30 CEST 1729985400
01:00 +11 01:30 +11 02:00 +1030 02:30 +1030 | 01:30 +1030 1712415600
