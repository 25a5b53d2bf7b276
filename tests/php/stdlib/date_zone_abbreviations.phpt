--TEST--
Zone abbreviations (timezone_type 2) in date strings and DateTimeZone, abbreviation lists
--FILE--
<?php
foreach (["2010-01-01 GMT","2010-01-01 UTC","2010-01-01 Z","2010-01-01 EDT","2010-01-01 est","2010-07-01 12:00 CEST","2010-01-01 +0100", "2010-01-01 Europe/Paris", "2010-01-01 (PDT)"] as $s) { echo json_encode(new DateTime($s)), "\n"; }
foreach (["EST","CET","cest","utc","UTC","GMT","Z","Europe/Paris","+01:00"] as $z) echo json_encode(new DateTimeZone($z)),"\n";
$d=new DateTime("2010-11-07 01:59:59 EDT"); echo $d->format("e T P O Z I U"),"\n"; $d->modify("+1 sec"); echo $d->format("c T"),"\n";
var_dump($d->getTimezone()); echo serialize($d),"\n";
$d=new DateTime("2010-07-01 12:00 CEST"); $d->setTimezone(new DateTimeZone("EST")); echo $d->format("e T P I Y-m-d H:i"),"\n"; $d->modify("+6 months"); echo $d->format("e T P I Y-m-d H:i"),"\n";
var_dump(timezone_name_from_abbr("CET"), timezone_name_from_abbr("", 3600, 0), count(timezone_abbreviations_list()), timezone_abbreviations_list()["acst"][0]);
$a = new DateTime("2010-11-07 01:12:33 EDT"); $b = new DateTime("2010-11-08 19:59:59 EST"); var_dump($a->diff($b)->days, $a->diff($b)->h);
--EXPECT--
{"date":"2010-01-01 00:00:00.000000","timezone_type":2,"timezone":"GMT"}
{"date":"2010-01-01 00:00:00.000000","timezone_type":3,"timezone":"UTC"}
{"date":"2010-01-01 00:00:00.000000","timezone_type":2,"timezone":"Z"}
{"date":"2010-01-01 00:00:00.000000","timezone_type":2,"timezone":"EDT"}
{"date":"2010-01-01 00:00:00.000000","timezone_type":2,"timezone":"EST"}
{"date":"2010-07-01 12:00:00.000000","timezone_type":2,"timezone":"CEST"}
{"date":"2010-01-01 00:00:00.000000","timezone_type":1,"timezone":"+01:00"}
{"date":"2010-01-01 00:00:00.000000","timezone_type":3,"timezone":"Europe\/Paris"}
{"date":"2010-01-01 00:00:00.000000","timezone_type":2,"timezone":"PDT"}
{"timezone_type":2,"timezone":"EST"}
{"timezone_type":2,"timezone":"CET"}
{"timezone_type":2,"timezone":"CEST"}
{"timezone_type":2,"timezone":"UTC"}
{"timezone_type":3,"timezone":"UTC"}
{"timezone_type":2,"timezone":"GMT"}
{"timezone_type":2,"timezone":"Z"}
{"timezone_type":3,"timezone":"Europe\/Paris"}
{"timezone_type":1,"timezone":"+01:00"}
EDT EDT -04:00 -0400 -14400 1 1289109599
2010-11-07T02:00:00-04:00 EDT
object(DateTimeZone)#2 (2) {
  ["timezone_type"]=>
  int(2)
  ["timezone"]=>
  string(3) "EDT"
}
O:8:"DateTime":3:{s:4:"date";s:26:"2010-11-07 02:00:00.000000";s:13:"timezone_type";i:2;s:8:"timezone";s:3:"EDT";}
EST EST -05:00 0 2010-07-01 05:00
EST EST -05:00 0 2011-01-01 05:00
string(13) "Europe/Berlin"
string(12) "Europe/Paris"
int(144)
array(3) {
  ["dst"]=>
  bool(false)
  ["offset"]=>
  int(34200)
  ["timezone_id"]=>
  string(18) "Australia/Adelaide"
}
int(1)
int(19)
