--TEST--
var_export of dates, zones and intervals evaluates back through __set_state; DateTime(Immutable)::setISODate
--FILE--
<?php
$objs = [new DateTime('2024-03-04 05:06:07', new DateTimeZone('Europe/Paris')), new DateTimeImmutable('2020-01-01 00:00:00.5', new DateTimeZone('+02:00')), new DateTimeZone('Asia/Tokyo'), new DateInterval('P1Y2DT3H')];
foreach ($objs as $o) {
    $code = var_export($o, true);
    $back = eval("return $code;");
    echo get_class($back), ' ', json_encode($back) === json_encode($o) ? 'same' : 'differs', ' ', json_encode($back), "\n";
}
$again = eval('return ' . var_export($objs[0], true) . ';');
echo $back->format('%y %d %h'), ' ', $again->modify('+1 day')->format(DATE_ATOM), "\n";
try { DateTime::__set_state(['date' => 5]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { DateTimeImmutable::__set_state([]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$d = new DateTime('2024-05-05 10:11:12');
$d->setISODate(2024, 1); echo $d->format('Y-m-d H:i:s D'), "\n";
$d->setISODate(2021, 53, 7); echo $d->format('Y-m-d D'), "\n";
$d->setISODate(2024, 10, 0); echo $d->format('Y-m-d D'), "\n";
$i = (new DateTimeImmutable('2020-01-01'))->setISODate(2020, 60, 9); echo $i->format('Y-m-d D W o'), "\n";
--EXPECT--
DateTime same {"date":"2024-03-04 05:06:07.000000","timezone_type":3,"timezone":"Europe\/Paris"}
DateTimeImmutable same {"date":"2020-01-01 00:00:00.500000","timezone_type":1,"timezone":"+02:00"}
DateTimeZone same {"timezone_type":3,"timezone":"Asia\/Tokyo"}
DateInterval same {"y":1,"m":0,"d":2,"h":3,"i":0,"s":0,"f":0,"invert":0,"days":false,"from_string":false}
1 2 3 2024-03-05T05:06:07+01:00
Invalid serialization data for DateTime object
Invalid serialization data for DateTimeImmutable object
2024-01-01 10:11:12 Mon
2022-01-09 Sun
2024-03-03 Sun
2021-02-23 Tue 08 2021
