--TEST--
date: DateTime, DateTimeImmutable, DateTimeZone, DateInterval
--FILE--
<?php
$d = new DateTime('2024-01-15 10:30:00');
echo $d->format('Y-m-d H:i:s T'), "\n";
var_dump($d);
print_r($d); echo "\n";
echo json_encode($d), "\n";
$d->modify('+1 month');
echo $d->format(DateTime::ATOM), "\n";
echo $d->format(DATE_RFC2822), "\n";
$i = new DateTimeImmutable('2024-01-31');
$j = $i->modify('+1 month');
echo $i->format('Y-m-d'), ' ', $j->format('Y-m-d'), "\n";
$a = new DateTime('2024-01-01');
$b = new DateTime('2024-03-15 12:00');
$diff = $a->diff($b);
var_dump($diff);
echo $diff->format('%a days, %m months %d days %h hours %R %y'), "\n";
echo $b->diff($a)->format('%R%a %r%d'), "\n";
var_dump($a < $b, $a == $b, $a > $b, $a == new DateTime('2024-01-01'));
$iv = new DateInterval('P1Y2M3DT4H5M6S');
var_dump($iv);
$c = new DateTime('2024-01-31 00:00:00');
$c->add(new DateInterval('P1M'));
echo $c->format('Y-m-d'), "\n";
$c->sub(new DateInterval('PT36H'));
echo $c->format('Y-m-d H:i'), "\n";
$p = new DateTime('2024-07-01 12:00:00', new DateTimeZone('Europe/Paris'));
echo $p->format('c T e'), ' ', $p->getTimestamp(), ' ', $p->getOffset(), "\n";
var_dump($p->getTimezone());
echo $p->getTimezone()->getName(), "\n";
$p->setTimezone(new DateTimeZone('UTC'));
echo $p->format('c'), "\n";
$p->setDate(2020, 2, 29)->setTime(23, 59, 59);
echo $p->format('Y-m-d H:i:s'), "\n";
$p->setTimestamp(0);
echo $p->format('c U'), "\n";
$f = DateTime::createFromFormat('d/m/Y H:i', '15/08/2024 09:05');
echo $f->format('Y-m-d H:i:s'), "\n";
$g = DateTimeImmutable::createFromFormat('!Y-m-d', '2024-02-29');
echo get_class($g), ' ', $g->format('c'), "\n";
var_dump(DateTime::createFromFormat('Y-m-d', 'nope'));
$m = DateTime::createFromImmutable($g);
echo get_class($m), ' ', $m->format('c'), "\n";
$n = DateTimeImmutable::createFromMutable($m);
echo get_class($n), ' ', $n->format('c'), "\n";
$o = DateTime::createFromInterface($n);
echo get_class($o), "\n";
var_dump($d instanceof DateTimeInterface, $i instanceof DateTimeInterface);
$z = new DateTimeZone('Asia/Tokyo');
echo $z->getOffset(new DateTime('2024-01-01')), "\n";
var_dump(new DateTimeZone('+02:00'));
$x = new DateTime('2024-01-15T10:30:00+02:00');
var_dump($x);
echo $x->getTimestamp(), "\n";
try { new DateTime('garbage'); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { new DateTimeZone('Mars/Base'); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { new DateInterval('xyz'); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$cl = clone $i;
echo $cl->format('Y-m-d'), "\n";
echo serialize(new DateTime('2000-01-01 00:00:00')), "\n";
echo (new DateTime('@1700000000'))->format('c e'), "\n";
--EXPECT--
2024-01-15 10:30:00 UTC
object(DateTime)#1 (3) {
  ["date"]=>
  string(26) "2024-01-15 10:30:00.000000"
  ["timezone_type"]=>
  int(3)
  ["timezone"]=>
  string(3) "UTC"
}
DateTime Object
(
    [date] => 2024-01-15 10:30:00.000000
    [timezone_type] => 3
    [timezone] => UTC
)

{"date":"2024-01-15 10:30:00.000000","timezone_type":3,"timezone":"UTC"}
2024-02-15T10:30:00+00:00
Thu, 15 Feb 2024 10:30:00 +0000
2024-01-31 2024-03-02
object(DateInterval)#6 (10) {
  ["y"]=>
  int(0)
  ["m"]=>
  int(2)
  ["d"]=>
  int(14)
  ["h"]=>
  int(12)
  ["i"]=>
  int(0)
  ["s"]=>
  int(0)
  ["f"]=>
  float(0)
  ["invert"]=>
  int(0)
  ["days"]=>
  int(74)
  ["from_string"]=>
  bool(false)
}
74 days, 2 months 14 days 12 hours + 0
-74 -14
bool(true)
bool(false)
bool(false)
bool(true)
object(DateInterval)#7 (10) {
  ["y"]=>
  int(1)
  ["m"]=>
  int(2)
  ["d"]=>
  int(3)
  ["h"]=>
  int(4)
  ["i"]=>
  int(5)
  ["s"]=>
  int(6)
  ["f"]=>
  float(0)
  ["invert"]=>
  int(0)
  ["days"]=>
  bool(false)
  ["from_string"]=>
  bool(false)
}
2024-03-02
2024-02-29 12:00
2024-07-01T12:00:00+02:00 CEST Europe/Paris 1719828000 7200
object(DateTimeZone)#10 (2) {
  ["timezone_type"]=>
  int(3)
  ["timezone"]=>
  string(12) "Europe/Paris"
}
Europe/Paris
2024-07-01T10:00:00+00:00
2020-02-29 23:59:59
1970-01-01T00:00:00+00:00 0
2024-08-15 09:05:00
DateTimeImmutable 2024-02-29T00:00:00+00:00
bool(false)
DateTime 2024-02-29T00:00:00+00:00
DateTimeImmutable 2024-02-29T00:00:00+00:00
DateTime
bool(true)
bool(true)
32400
object(DateTimeZone)#16 (2) {
  ["timezone_type"]=>
  int(1)
  ["timezone"]=>
  string(6) "+02:00"
}
object(DateTime)#16 (3) {
  ["date"]=>
  string(26) "2024-01-15 10:30:00.000000"
  ["timezone_type"]=>
  int(1)
  ["timezone"]=>
  string(6) "+02:00"
}
1705307400
Exception: Failed to parse time string (garbage) at position 0 (g): The timezone could not be found in the database
Exception: DateTimeZone::__construct(): Unknown or bad timezone (Mars/Base)
Exception: Unknown or bad format (xyz)
2024-01-31
O:8:"DateTime":3:{s:4:"date";s:26:"2000-01-01 00:00:00.000000";s:13:"timezone_type";i:3;s:8:"timezone";s:3:"UTC";}
2023-11-14T22:13:20+00:00 +00:00
