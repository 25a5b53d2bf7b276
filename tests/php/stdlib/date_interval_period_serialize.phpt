--TEST--
DateInterval and DatePeriod serialisation, __set_state, relative intervals
--FILE--
<?php
$i = DateInterval::createFromDateString("+1 day"); echo serialize($i),"\n"; echo serialize(unserialize(serialize($i))), "\n";
$j=new DateInterval("P1DT2H"); echo serialize($j),"\n"; var_dump(unserialize(serialize($j)));
var_dump(DateInterval::__set_state(["y"=>1,"f"=>"0.5","days"=>"12","foo"=>3]));
$s = 'O:12:"DateInterval":8:{s:1:"y";s:1:"2";s:1:"m";s:1:"0";s:1:"d";s:3:"bla";s:1:"h";s:1:"6";s:1:"i";s:1:"8";s:1:"s";s:1:"0";s:6:"invert";i:0;s:4:"days";s:4:"aoeu";}';
var_dump(unserialize($s));
var_dump($j->__serialize());
$d = new DateTime("2020-01-01"); $d->add(unserialize(serialize($i))); echo $d->format("c"), "\n";
$i = DateInterval::createFromDateString("3 days 4 hours");
var_dump($i->d, $i->h, $i->days); echo $i->format("%d %h %a"), "\n";
$d = new DateTime("2020-01-10"); $d->sub($i); echo $d->format("c"), "\n";
$p = new DatePeriod(new DateTimeImmutable("2020-01-01"), new DateInterval("P1D"), 3);
$s = serialize($p); echo $s, "\n";
var_dump(unserialize($s));
var_export($p); echo "\n";
$q = DatePeriod::__set_state(["start"=>new DateTime("2020-01-01"),"current"=>null,"end"=>null,"interval"=>new DateInterval("PT1H"),"recurrences"=>2,"include_start_date"=>true,"include_end_date"=>false]);
foreach ($q as $d) echo $d->format("c"), "\n";
try { DatePeriod::__set_state([]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
O:12:"DateInterval":2:{s:11:"from_string";b:1;s:11:"date_string";s:6:"+1 day";}
O:12:"DateInterval":2:{s:11:"from_string";b:1;s:11:"date_string";s:6:"+1 day";}
O:12:"DateInterval":10:{s:1:"y";i:0;s:1:"m";i:0;s:1:"d";i:1;s:1:"h";i:2;s:1:"i";i:0;s:1:"s";i:0;s:1:"f";d:0;s:6:"invert";i:0;s:4:"days";b:0;s:11:"from_string";b:0;}
object(DateInterval)#3 (10) {
  ["y"]=>
  int(0)
  ["m"]=>
  int(0)
  ["d"]=>
  int(1)
  ["h"]=>
  int(2)
  ["i"]=>
  int(0)
  ["s"]=>
  int(0)
  ["f"]=>
  float(0)
  ["invert"]=>
  int(0)
  ["days"]=>
  bool(false)
  ["from_string"]=>
  bool(false)
}
object(DateInterval)#3 (10) {
  ["y"]=>
  int(1)
  ["m"]=>
  int(-1)
  ["d"]=>
  int(-1)
  ["h"]=>
  int(-1)
  ["i"]=>
  int(-1)
  ["s"]=>
  int(-1)
  ["f"]=>
  float(0.5)
  ["invert"]=>
  int(0)
  ["days"]=>
  int(12)
  ["from_string"]=>
  bool(false)
}
object(DateInterval)#3 (10) {
  ["y"]=>
  int(2)
  ["m"]=>
  int(0)
  ["d"]=>
  int(0)
  ["h"]=>
  int(6)
  ["i"]=>
  int(8)
  ["s"]=>
  int(0)
  ["f"]=>
  float(0)
  ["invert"]=>
  int(0)
  ["days"]=>
  int(0)
  ["from_string"]=>
  bool(false)
}
array(10) {
  ["y"]=>
  int(0)
  ["m"]=>
  int(0)
  ["d"]=>
  int(1)
  ["h"]=>
  int(2)
  ["i"]=>
  int(0)
  ["s"]=>
  int(0)
  ["f"]=>
  float(0)
  ["invert"]=>
  int(0)
  ["days"]=>
  bool(false)
  ["from_string"]=>
  bool(false)
}
2020-01-02T00:00:00+00:00
int(3)
int(4)
bool(false)
3 4 (unknown)
2020-01-06T20:00:00+00:00
O:10:"DatePeriod":7:{s:5:"start";O:17:"DateTimeImmutable":3:{s:4:"date";s:26:"2020-01-01 00:00:00.000000";s:13:"timezone_type";i:3;s:8:"timezone";s:3:"UTC";}s:7:"current";N;s:3:"end";N;s:8:"interval";O:12:"DateInterval":10:{s:1:"y";i:0;s:1:"m";i:0;s:1:"d";i:1;s:1:"h";i:0;s:1:"i";i:0;s:1:"s";i:0;s:1:"f";d:0;s:6:"invert";i:0;s:4:"days";b:0;s:11:"from_string";b:0;}s:11:"recurrences";i:4;s:18:"include_start_date";b:1;s:16:"include_end_date";b:0;}
object(DatePeriod)#5 (7) {
  ["start"]=>
  object(DateTimeImmutable)#10 (3) {
    ["date"]=>
    string(26) "2020-01-01 00:00:00.000000"
    ["timezone_type"]=>
    int(3)
    ["timezone"]=>
    string(3) "UTC"
  }
  ["current"]=>
  NULL
  ["end"]=>
  NULL
  ["interval"]=>
  object(DateInterval)#11 (10) {
    ["y"]=>
    int(0)
    ["m"]=>
    int(0)
    ["d"]=>
    int(1)
    ["h"]=>
    int(0)
    ["i"]=>
    int(0)
    ["s"]=>
    int(0)
    ["f"]=>
    float(0)
    ["invert"]=>
    int(0)
    ["days"]=>
    bool(false)
    ["from_string"]=>
    bool(false)
  }
  ["recurrences"]=>
  int(4)
  ["include_start_date"]=>
  bool(true)
  ["include_end_date"]=>
  bool(false)
}
\DatePeriod::__set_state(array(
   'start' => 
  \DateTimeImmutable::__set_state(array(
     'date' => '2020-01-01 00:00:00.000000',
     'timezone_type' => 3,
     'timezone' => 'UTC',
  )),
   'current' => NULL,
   'end' => NULL,
   'interval' => 
  \DateInterval::__set_state(array(
     'y' => 0,
     'm' => 0,
     'd' => 1,
     'h' => 0,
     'i' => 0,
     's' => 0,
     'f' => 0.0,
     'invert' => 0,
     'days' => false,
     'from_string' => false,
  )),
   'recurrences' => 4,
   'include_start_date' => true,
   'include_end_date' => false,
))
2020-01-01T00:00:00+00:00
2020-01-01T01:00:00+00:00
Invalid serialization data for DatePeriod object
