--TEST--
var_export of dates, zones and intervals evaluates back through __set_state; DateTime(Immutable)::setISODate
--FILE--
<?php
$objs = [new DateTime('2024-03-04 05:06:07', new DateTimeZone('Europe/Paris')), new DateTimeImmutable('2020-01-01 00:00:00.5', new DateTimeZone('+02:00')), new DateTimeZone('Asia/Tokyo'), new DateInterval('P1Y2DT3H')];
foreach ($objs as $o) {
    $code = var_export($o, true);
    $back = eval("return $code;");
    echo get_class($back), ' ', $back == $o ? 'equal' : 'differs', ' ', json_encode($back), "\n";
}
echo $back->format('%y %d %h'), ' ', eval('return ' . var_export($objs[0], true) . ';')->modify('+1 day')->format(DATE_ATOM), "\n";
try { DateTime::__set_state(['date' => 5]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { DateTimeImmutable::__set_state([]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$d = new DateTime('2024-05-05 10:11:12');
$d->setISODate(2024, 1); echo $d->format('Y-m-d H:i:s D'), "\n";
$d->setISODate(2021, 53, 7); echo $d->format('Y-m-d D'), "\n";
$d->setISODate(2024, 10, 0); echo $d->format('Y-m-d D'), "\n";
$i = (new DateTimeImmutable('2020-01-01'))->setISODate(2020, 60, 9); echo $i->format('Y-m-d D W o'), "\n";
--EXPECTF--
Parse error: syntax error, unexpected token "->", expecting "," or ";" in %s/tests/php/date/set_state_iso_date.php on line 8
