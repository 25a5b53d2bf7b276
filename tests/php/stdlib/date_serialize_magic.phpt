--TEST--
DateTime/DateTimeZone __serialize, __unserialize, __set_state and their failures
--FILE--
<?php
$d = new DateTime("2020-01-01 12:00 EDT"); $d->foo = 1; $s = serialize($d); echo $s,"\n"; var_dump(unserialize($s));
$z=new DateTimeZone("Europe/Paris"); $z->x=2; echo $s = serialize($z),"\n"; var_dump(unserialize($s));
var_dump($d->__serialize());
class M extends DateTimeImmutable { public $p = 5; }
$m = new M("2021-02-03 +01:00"); var_dump(unserialize(serialize($m)));
var_export($m); echo "\n";
var_dump(DateTime::__set_state(["date"=>"2020-01-01 00:00:00.000000","timezone_type"=>1,"timezone"=>"+05:00"]));
try { unserialize('O:8:"DateTime":1:{s:4:"date";i:1;}'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { unserialize('O:12:"DateTimeZone":2:{s:13:"timezone_type";i:3;s:8:"timezone";s:3:"Foo";}'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { DateTimeZone::__set_state(["timezone_type"=>"3","timezone"=>"UTC"]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
Deprecated: Creation of dynamic property DateTime::$foo is deprecated in %s/tests/php/stdlib/date_serialize_magic.php on line 2
O:8:"DateTime":4:{s:4:"date";s:26:"2020-01-01 12:00:00.000000";s:13:"timezone_type";i:2;s:8:"timezone";s:3:"EDT";s:3:"foo";i:1;}

Deprecated: Creation of dynamic property DateTime::$foo is deprecated in %s/tests/php/stdlib/date_serialize_magic.php on line 2
object(DateTime)#2 (4) {
  ["foo"]=>
  int(1)
  ["date"]=>
  string(26) "2020-01-01 12:00:00.000000"
  ["timezone_type"]=>
  int(2)
  ["timezone"]=>
  string(3) "EDT"
}

Deprecated: Creation of dynamic property DateTimeZone::$x is deprecated in %s/tests/php/stdlib/date_serialize_magic.php on line 3
O:12:"DateTimeZone":3:{s:13:"timezone_type";i:3;s:8:"timezone";s:12:"Europe/Paris";s:1:"x";i:2;}

Deprecated: Creation of dynamic property DateTimeZone::$x is deprecated in %s/tests/php/stdlib/date_serialize_magic.php on line 3
object(DateTimeZone)#3 (3) {
  ["x"]=>
  int(2)
  ["timezone_type"]=>
  int(3)
  ["timezone"]=>
  string(12) "Europe/Paris"
}
array(4) {
  ["date"]=>
  string(26) "2020-01-01 12:00:00.000000"
  ["timezone_type"]=>
  int(2)
  ["timezone"]=>
  string(3) "EDT"
  ["foo"]=>
  int(1)
}
object(M)#4 (4) {
  ["p"]=>
  int(5)
  ["date"]=>
  string(26) "2021-02-03 00:00:00.000000"
  ["timezone_type"]=>
  int(1)
  ["timezone"]=>
  string(6) "+01:00"
}
\M::__set_state(array(
   'p' => 5,
   'date' => '2021-02-03 00:00:00.000000',
   'timezone_type' => 1,
   'timezone' => '+01:00',
))
object(DateTime)#4 (3) {
  ["date"]=>
  string(26) "2020-01-01 00:00:00.000000"
  ["timezone_type"]=>
  int(1)
  ["timezone"]=>
  string(6) "+05:00"
}
Invalid serialization data for DateTime object

Warning: DateTimeZone::__unserialize(): Unknown or bad timezone (Foo) in %s/tests/php/stdlib/date_serialize_magic.php on line 10
Invalid serialization data for DateTimeZone object
Timezone initialization failed
